import SamverkanLoading
import SamverkanModel
import SamverkanMustache

/// Checks every name a page template and what it includes use against the data the page gets
/// (`TemplateShape`), as Mustache will look it up: from the innermost section's value outwards, a
/// dotted name by its first part and the rest inside what that found; partials and parents with
/// the stack they are included with. A name no page of the kind can have would render as nothing,
/// silently: it is an error at its tag, with the closest known name.
struct TemplateNameCheck {
    let library: MustacheLibrary
    /// The file each template came from, by template name.
    let files: [String: String]

    /// Every problem, each once, in template order.
    func problems(shapes: [String: TemplateShape]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var reported: Set<String> = []
        var followed: Set<String> = []
        for (template, shape) in shapes.sorted(by: { $0.key < $1.key }) where library.template(named: template) != nil {
            follow(template, stack: [shape], depth: 0, found: &found, reported: &reported, followed: &followed)
        }
        return found
    }

    private func follow(_ name: String, stack: [TemplateShape], depth: Int, found: inout [Diagnostic],
                        reported: inout Set<String>, followed: inout Set<String>) {
        guard depth < 16, let template = library.template(named: name) else { return }
        // The same template with the same stack gives the same answers.
        let visit = name + "|" + Self.signature(stack)
        guard followed.insert(visit).inserted else { return }
        for reference in template.references {
            var scopes = stack
            for section in reference.contextSections {
                // A section that is itself unknown is reported at its own tag; inside it, anything goes.
                guard let shape = Self.resolve(section.split(separator: ".").map(String.init), in: scopes) else {
                    scopes = []
                    break
                }
                scopes.append(shape.pushed)
            }
            switch reference.kind {
            case .partial, .parent:
                follow(reference.name, stack: scopes, depth: depth + 1, found: &found, reported: &reported, followed: &followed)
            case .block:
                continue
            case .variable, .unescapedVariable, .section, .invertedSection:
                guard !scopes.isEmpty, !reference.path.isEmpty, Self.resolve(reference.path, in: scopes) == nil else { continue }
                let file = files[name] ?? name + ".mustache"
                let key = "\(file):\(reference.line):\(reference.column)"
                guard reported.insert(key).inserted else { continue }
                found.append(diagnostic(reference, file: file, scopes: scopes))
            }
        }
    }

    private func diagnostic(_ reference: MustacheReference, file: String, scopes: [TemplateShape]) -> Diagnostic {
        let location = SourceLocation(path: file, line: reference.line, column: reference.column)
        // The names that could have been meant: those the innermost context has, then the rest.
        let known = scopes.reversed().flatMap(\.fieldNames)
        let missingPart = reference.path.count > 1 ? reference.path.last ?? reference.name : reference.name
        var message = "namnet '\(reference.name)' finns inte i det mallen får här, så {{\(reference.name)}} blir alltid tomt"
        let candidates = reference.path.count > 1
            ? (Self.resolve(Array(reference.path.dropLast()), in: scopes)?.fieldNames ?? [])
            : known
        if let closest = FrontMatterReader.closest(to: missingPart, among: candidates) {
            let suggestion = reference.path.count > 1 ? (reference.path.dropLast() + [closest]).joined(separator: ".") : closest
            message += "; menade du '\(suggestion)'?"
        }
        return .error(location, message, hint: "docs/templates.md visar vilka namn varje mall får")
    }

    /// What `path` finds in the stack, or nil when Mustache would find nothing.
    static func resolve(_ path: [String], in scopes: [TemplateShape]) -> TemplateShape? {
        guard let first = path.first else { return scopes.last }
        for scope in scopes.reversed() {
            guard var shape = scope.field(first) else { continue }
            for part in path.dropFirst() {
                guard let next = shape.field(part) else { return nil }
                shape = next
            }
            return shape
        }
        return nil
    }

    /// Enough of a stack to tell two apart: the field names of each level.
    private static func signature(_ stack: [TemplateShape]) -> String {
        stack.map { $0.fieldNames.joined(separator: ",") }.joined(separator: "/")
    }
}
