@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Checks that every name a template looks up exists in the data it receives. Each page template is
/// followed tag by tag with the stack of contexts Mustache would have: a section over a list or a
/// record pushes that entry's shape, a name is looked up from the innermost context outwards
/// (a dotted name by its first part, the rest inside what that found), and the layout
/// (`{{<base}}`) and partials (`{{>…}}`) are followed with the stack they are included with.
struct TemplateNameCheck {
    /// Every template's text by name: `meeting`, `base`, `partials/meeting-entry`.
    let sources: [String: String]
    /// The folder shown in messages: `templates`.
    let directory: String

    /// The problems by template file (`templates/meeting.mustache`), sorted by line, and every
    /// template that was followed from at least one page template.
    func run(shapes: [String: TemplateDataShape]) -> (problems: [String: [String]], checked: Set<String>) {
        var found: [String: [String: Int]] = [:]
        var checked: Set<String> = []
        let tags = sources.mapValues(TemplateNameScanner.tags(in:))
        for (template, shape) in shapes.sorted(by: { $0.key < $1.key }) {
            follow(template, tags: tags, scopes: [shape], depth: 0, found: &found, checked: &checked)
        }
        let problems = found.mapValues { messages in
            messages.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
        }
        return (problems, checked)
    }

    func path(of template: String) -> String { "\(directory)/\(template).mustache" }

    private func follow(_ template: String, tags: [String: [TemplateTag]], scopes: [TemplateDataShape], depth: Int,
                        found: inout [String: [String: Int]], checked: inout Set<String>) {
        guard depth < 16, let templateTags = tags[template] else { return }
        checked.insert(template)
        let file = path(of: template)
        var scopes = scopes
        // For each open section: whether it pushed a context.
        var open: [Bool] = []
        for tag in templateTags {
            switch tag.kind {
            case .comment, .delimiters:
                continue
            case .close:
                if open.popLast() == true { scopes.removeLast() }
            case .block:
                open.append(false)
            case .partial, .parent:
                if tags[tag.text] == nil {
                    found[file, default: [:]]["\(file):\(tag.line): mallen '\(tag.text)' finns inte"] = tag.line
                }
                follow(tag.text, tags: tags, scopes: scopes, depth: depth + 1, found: &found, checked: &checked)
                if tag.kind == .parent { open.append(false) }
            case .variable, .section, .invertedSection:
                let name = tag.lookedUpName
                var shape: TemplateDataShape?
                if name == "" || name == "." {
                    shape = scopes.last
                } else if let resolved = resolve(name, in: scopes) {
                    shape = resolved
                } else {
                    found[file, default: [:]]["\(file):\(tag.line): '{{\(name)}}' finns inte i data som mallen får"] = tag.line
                }
                if tag.kind == .section {
                    // An unknown section pushes a shape nothing is known about: one wrong name, one message.
                    scopes.append(shape ?? TemplateDataShape())
                    open.append(true)
                } else if tag.kind == .invertedSection {
                    open.append(false)
                }
            }
        }
    }

    /// What `name` finds in the stack, or `nil` when Mustache would find nothing. A context nothing
    /// is known about (a list empty on every page) may hold any name.
    private func resolve(_ name: String, in scopes: [TemplateDataShape]) -> TemplateDataShape? {
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return scopes.last }
        // A leading dot looks only in the innermost context.
        let candidates = name.hasPrefix(".") ? Array(scopes.suffix(1)) : scopes.reversed()
        for scope in candidates {
            if !scope.isKnown { return scope }
            guard var shape = scope.children[first] else { continue }
            for part in parts.dropFirst() {
                if !shape.isKnown { return shape }
                guard let next = shape.children[part] else { return nil }
                shape = next
            }
            return shape
        }
        return nil
    }
}
