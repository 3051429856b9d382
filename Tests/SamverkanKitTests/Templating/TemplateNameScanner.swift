import Foundation
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Reads the tags of a Mustache template, with the line each one starts on. Only what the names
/// check needs: delimiters stay `{{ }}` (the project never changes them).
enum TemplateNameScanner {
    static func tags(in text: String) -> [TemplateTag] {
        let characters = Array(text)
        var tags: [TemplateTag] = []
        var line = 1
        var index = 0
        func starts(_ marker: String, at position: Int) -> Bool {
            let marker = Array(marker)
            guard position + marker.count <= characters.count else { return false }
            return Array(characters[position..<position + marker.count]) == marker
        }
        while index < characters.count {
            if characters[index].isNewline {
                line += 1
                index += 1
                continue
            }
            guard starts("{{", at: index) else {
                index += 1
                continue
            }
            let tagLine = line
            let isTriple = starts("{{{", at: index)
            let closing = isTriple ? "}}}" : "}}"
            let start = index + (isTriple ? 3 : 2)
            var end = start
            while end < characters.count, !starts(closing, at: end) {
                if characters[end].isNewline { line += 1 }
                end += 1
            }
            tags.append(tag(String(characters[start..<end]), isTriple: isTriple, line: tagLine))
            index = min(end + closing.count, characters.count)
        }
        return tags
    }

    private static func tag(_ inside: String, isTriple: Bool, line: Int) -> TemplateTag {
        let trimmed = inside.trimmingCharacters(in: .whitespacesAndNewlines)
        if isTriple { return TemplateTag(kind: .variable, text: trimmed, line: line) }
        let kinds: [Character: TemplateTag.Kind] = [
            "#": .section, "^": .invertedSection, "/": .close, ">": .partial, "<": .parent,
            "$": .block, "!": .comment, "=": .delimiters, "&": .variable,
        ]
        guard let first = trimmed.first, let kind = kinds[first] else {
            return TemplateTag(kind: .variable, text: trimmed, line: line)
        }
        let name = trimmed.dropFirst().trimmingCharacters(in: .whitespacesAndNewlines)
        return TemplateTag(kind: kind, text: name, line: line)
    }
}
