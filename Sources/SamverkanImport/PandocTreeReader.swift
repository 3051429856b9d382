import Foundation
import SamverkanModel

/// Walks pandoc's JSON tree (`{"t": "Para", "c": [...]}`) into `DocumentBlock`s. Unknown or
/// malformed nodes are skipped with their text kept where they have one; nesting deeper than
/// `maximumDepth` is flattened, so no document can exhaust the stack.
struct PandocTreeReader {
    static let maximumDepth = 48
    private(set) var trackedChanges = 0
    private(set) var dropped: [String] = []

    mutating func blocks(_ nodes: [Any], depth: Int) -> [DocumentBlock] {
        var result: [DocumentBlock] = []
        for node in nodes { result += block(node, depth: depth) }
        return result
    }

    private mutating func block(_ node: Any, depth: Int) -> [DocumentBlock] {
        guard let node = node as? [String: Any], let type = node["t"] as? String else { return [] }
        let content = node["c"]
        switch type {
        case "Para", "Plain":
            return [.paragraph(text(content as? [Any] ?? [], depth: depth))]
        case "Header":
            guard let parts = content as? [Any], parts.count == 3, let level = parts[0] as? Int else { return [] }
            return [.heading(level: level, text(parts[2] as? [Any] ?? [], depth: depth))]
        case "LineBlock":
            return (content as? [Any] ?? []).map { .paragraph(text($0 as? [Any] ?? [], depth: depth)) }
        case "BulletList":
            return [.list(start: nil, items: listItems(content as? [Any] ?? [], depth: depth))]
        case "OrderedList":
            guard let parts = content as? [Any], parts.count == 2 else { return [] }
            let attributes = parts[0] as? [Any]
            let start = attributes?.first as? Int ?? 1
            return [.list(start: start, items: listItems(parts[1] as? [Any] ?? [], depth: depth))]
        case "BlockQuote":
            return nested(content as? [Any] ?? [], depth: depth)
        case "Div":
            guard let parts = content as? [Any], parts.count == 2 else { return [] }
            return nested(parts[1] as? [Any] ?? [], depth: depth)
        case "DefinitionList":
            var result: [DocumentBlock] = []
            for entry in content as? [Any] ?? [] {
                guard let pair = entry as? [Any], pair.count == 2 else { continue }
                result.append(.paragraph(text(pair[0] as? [Any] ?? [], depth: depth)))
                for definition in pair[1] as? [Any] ?? [] { result += nested(definition as? [Any] ?? [], depth: depth) }
            }
            return result
        case "CodeBlock":
            guard let parts = content as? [Any], parts.count == 2, let code = string(parts[1]) else { return [] }
            return code.split(separator: "\n").map { .paragraph(DocumentText(markdown: MarkdownEscaping.text(String($0)), plain: String($0))) }
        case "Table":
            return [table(content as? [Any] ?? [], depth: depth)]
        case "RawBlock":
            dropped.append("ett inbäddat Word-fält")
            return []
        default:
            return []
        }
    }

    private mutating func nested(_ nodes: [Any], depth: Int) -> [DocumentBlock] {
        depth < Self.maximumDepth ? blocks(nodes, depth: depth + 1) : []
    }

    private mutating func listItems(_ items: [Any], depth: Int) -> [[DocumentBlock]] {
        guard depth < Self.maximumDepth else { return [] }
        return items.map { blocks($0 as? [Any] ?? [], depth: depth + 1) }
    }

    /// pandoc-api 1.22/1.23: `[attr, caption, colspecs, head, bodies, foot]`, a row `[attr, cells]`,
    /// a cell `[attr, alignment, rowspan, colspan, blocks]`.
    private mutating func table(_ parts: [Any], depth: Int) -> DocumentBlock {
        guard parts.count == 6, depth < Self.maximumDepth else { return .table(header: nil, rows: []) }
        func rows(_ value: Any?) -> [Any] { value as? [Any] ?? [] }
        var headRows = rows((parts[3] as? [Any])?.last)
        var bodyRows: [Any] = []
        for body in rows(parts[4]) {
            guard let body = body as? [Any], body.count == 4 else { continue }
            headRows += rows(body[2])
            bodyRows += rows(body[3])
        }
        bodyRows += rows((parts[5] as? [Any])?.last)
        let header = headRows.first.map { cells($0, depth: depth) }
        let extraHeadRows = headRows.dropFirst().map { cells($0, depth: depth) }
        return .table(header: header, rows: extraHeadRows + bodyRows.map { cells($0, depth: depth) })
    }

    private mutating func cells(_ row: Any, depth: Int) -> [[DocumentBlock]] {
        guard let row = row as? [Any], row.count == 2 else { return [] }
        return rows(row[1]).map { cell in
            guard let cell = cell as? [Any], cell.count == 5 else { return [] }
            return blocks(cell[4] as? [Any] ?? [], depth: depth + 1)
        }
    }

    private func rows(_ value: Any?) -> [Any] { value as? [Any] ?? [] }

    /// A text of the document (a word, code, an equation, a link's address), without control
    /// characters: every text the import takes from pandoc's tree is read through here. A content
    /// file may not hold them, and warnings that quote the text are printed, so they are left out;
    /// each one is counted for the import's warnings.
    private mutating func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        return clean(text)
    }

    private mutating func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: ControlCharacters.isForbidden) else { return text }
        for scalar in text.unicodeScalars where ControlCharacters.isForbidden(scalar) && scalar != "\t" {
            dropped.append("ett styrtecken (\(ControlCharacters.name(scalar)))")
        }
        return ControlCharacters.removing(from: text.replacingOccurrences(of: "\t", with: " "))
    }

    // MARK: Inline text

    mutating func text(_ inlines: [Any], depth: Int) -> DocumentText {
        var markdown = ""
        var plain = ""
        let changesBefore = trackedChanges
        appendInlines(inlines, to: &markdown, plain: &plain, depth: depth)
        if trackedChanges != changesBefore {
            // Deleted words leave their spaces behind: `information .` → `information.`
            for punctuation in [".", ",", ";", ":", "!", "?"] {
                markdown = markdown.replacingOccurrences(of: " " + punctuation, with: punctuation)
                plain = plain.replacingOccurrences(of: " " + punctuation, with: punctuation)
            }
            while markdown.contains("  ") { markdown = markdown.replacingOccurrences(of: "  ", with: " ") }
        }
        return DocumentText(markdown: markdown.trimmingSpaces(), plain: plain.collapsingSpaces())
    }

    private mutating func appendInlines(_ inlines: [Any], to markdown: inout String, plain: inout String, depth: Int) {
        guard depth < Self.maximumDepth * 2 else { return }
        for inline in inlines {
            guard let inline = inline as? [String: Any], let type = inline["t"] as? String else { continue }
            let content = inline["c"]
            switch type {
            case "Str":
                let text = string(content) ?? ""
                markdown += MarkdownEscaping.text(text)
                plain += text
            case "Space", "SoftBreak":
                markdown += " "
                plain += " "
            case "LineBreak":
                markdown += "\u{2028}"  // a hard break inside the paragraph; the writer decides how to spell it
                plain += " "
            case "Emph", "Strong", "Strikeout":
                var innerMarkdown = ""
                appendInlines(content as? [Any] ?? [], to: &innerMarkdown, plain: &plain, depth: depth + 1)
                let mark = type == "Emph" ? "*" : type == "Strong" ? "**" : "~~"
                markdown += MarkdownEscaping.wrap(innerMarkdown, in: mark)
            case "Underline", "SmallCaps", "Superscript", "Subscript":
                appendInlines(content as? [Any] ?? [], to: &markdown, plain: &plain, depth: depth + 1)
            case "Quoted":
                guard let parts = content as? [Any], parts.count == 2 else { continue }
                markdown += "”"
                plain += "”"
                appendInlines(parts[1] as? [Any] ?? [], to: &markdown, plain: &plain, depth: depth + 1)
                markdown += "”"
                plain += "”"
            case "Cite":
                guard let parts = content as? [Any], parts.count == 2 else { continue }
                appendInlines(parts[1] as? [Any] ?? [], to: &markdown, plain: &plain, depth: depth + 1)
            case "Code":
                guard let parts = content as? [Any], parts.count == 2, let code = string(parts[1]) else { continue }
                markdown += MarkdownEscaping.text(code)
                plain += code
            case "Math":
                guard let parts = content as? [Any], parts.count == 2, let math = string(parts[1]) else { continue }
                markdown += MarkdownEscaping.text(math)
                plain += math
            case "Link":
                guard let parts = content as? [Any], parts.count == 3, let target = parts[2] as? [Any],
                      let address = string(target.first) else { continue }
                var innerMarkdown = ""
                var innerPlain = ""
                appendInlines(parts[1] as? [Any] ?? [], to: &innerMarkdown, plain: &innerPlain, depth: depth + 1)
                plain += innerPlain
                if MarkdownEscaping.isWebAddress(address), !innerMarkdown.isEmpty {
                    markdown += "[\(innerMarkdown)](\(MarkdownEscaping.address(address)))"
                } else {
                    markdown += innerMarkdown
                    if !address.isEmpty { dropped.append("länken ”\(innerPlain.collapsingSpaces())” (till \(MarkdownEscaping.shown(address)))") }
                }
            case "Image":
                guard let parts = content as? [Any], parts.count == 3 else { continue }
                var innerMarkdown = ""
                var innerPlain = ""
                appendInlines(parts[1] as? [Any] ?? [], to: &innerMarkdown, plain: &innerPlain, depth: depth + 1)
                markdown += innerMarkdown
                plain += innerPlain
                dropped.append("en bild")
            case "Note":
                var innerMarkdown = ""
                var innerPlain = ""
                for block in blocks(content as? [Any] ?? [], depth: depth + 1) {
                    if case let .paragraph(text) = block {
                        innerMarkdown += (innerMarkdown.isEmpty ? "" : " ") + text.markdown
                        innerPlain += (innerPlain.isEmpty ? "" : " ") + text.plain
                    }
                }
                markdown += " (\(innerMarkdown))"
                plain += " (\(innerPlain))"
            case "Span":
                guard let parts = content as? [Any], parts.count == 2 else { continue }
                let classes = ((parts[0] as? [Any])?.dropFirst().first as? [Any])?.compactMap { $0 as? String } ?? []
                if classes.contains("deletion") || classes.contains("paragraph-deletion") {
                    trackedChanges += 1
                    continue
                }
                if classes.contains("comment-start") || classes.contains("comment-end") {
                    if classes.contains("comment-start") { dropped.append("en kommentar") }
                    continue
                }
                if classes.contains("insertion") || classes.contains("paragraph-insertion") { trackedChanges += 1 }
                appendInlines(parts[1] as? [Any] ?? [], to: &markdown, plain: &plain, depth: depth + 1)
            case "RawInline":
                dropped.append("ett inbäddat Word-fält")
            default:
                continue
            }
        }
    }
}
