import SamverkanModel

/// Renders the Markdown of one content file for the page it appears on.
public enum MarkdownRenderer {
    /// - Parameters:
    ///   - reservedAnchors: ids the page's template uses already, which headings must not take.
    ///   - rewriteLink: turns a link target as written into the one the page should carry.
    public static func render(
        _ source: MarkdownSource,
        reservedAnchors: Set<String> = [],
        rewriteLink: (MarkdownLink) -> String = \.destination
    ) -> RenderedMarkdown {
        let output = CmarkGFM.render(source.text, rewriteLink: rewriteLink)
        let headings = HeadingAnchors.assign(output.headings, reserved: reservedAnchors)
        let (html, sectionStarts) = finish(output.html, headings: headings)
        return RenderedMarkdown(source: source, html: html, headings: headings, sectionStarts: sectionStarts,
                                links: characterColumns(output.links, in: source.text), rawHTMLLines: output.rawHTMLLines,
                                hasFootnotes: output.hasFootnotes)
    }

    static let tableOpen = Array("<table>".utf8)
    static let tableClose = Array("</table>".utf8)
    static let scrollingTableOpen = Array("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabell\"><table>".utf8)
    static let scrollingTableClose = Array("</table></div>".utf8)

    /// cmark's HTML made the page's, in one pass over its bytes: each `<hN>` gets its `id`, in
    /// document order, and wide tables scroll on their own on a narrow screen, reachable by
    /// keyboard, instead of the page. Raw HTML is never passed through, so every such tag is the
    /// text's own.
    ///
    /// Bytes, not characters: a heading whose text starts with a combining mark (`## \u{301}…`)
    /// makes `>` and that mark one character, and a character search would miss its tag and give
    /// its anchor to the next heading. One pass, not a search per heading: linear however long
    /// the text.
    /// Also gives where each level-2 heading that got its `id` starts in the result (its heading and
    /// its byte offset): where the page's sections begin.
    static func finish(_ html: String, headings: [MarkdownHeading]) -> (html: String, sectionStarts: [RenderedMarkdown.SectionStart]) {
        var html = html
        return html.withUTF8 { finish($0, headings: headings) }
    }

    private static func finish(_ bytes: UnsafeBufferPointer<UInt8>, headings: [MarkdownHeading])
        -> (html: String, sectionStarts: [RenderedMarkdown.SectionStart]) {
        var sectionStarts: [RenderedMarkdown.SectionStart] = []
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + headings.count * 24)
        var next = headings.makeIterator()
        var heading = next.next()
        let end = bytes.count
        var copied = 0  // bytes before this are in `result`
        var index = 0
        while let tag = bytes[index..<end].firstIndex(of: UInt8(ascii: "<")) {
            index = tag + 1
            guard tag + 3 < end else { break }
            let replacement: [UInt8]
            let length: Int
            if let wanted = heading, bytes[tag + 1] == UInt8(ascii: "h"),
               bytes[tag + 2] == UInt8(ascii: "0") + UInt8(wanted.level), bytes[tag + 3] == UInt8(ascii: ">") {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<tag]))
                if wanted.level == 2 { sectionStarts.append(.init(heading: wanted, offset: result.count)) }
                result += "<h\(wanted.level) id=\"\(wanted.anchor)\">".utf8
                heading = next.next()
                copied = tag + 4
                index = copied
                continue
            } else if starts(bytes, at: tag, with: tableOpen) {
                (replacement, length) = (scrollingTableOpen, tableOpen.count)
            } else if starts(bytes, at: tag, with: tableClose) {
                (replacement, length) = (scrollingTableClose, tableClose.count)
            } else {
                continue
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<tag]))
            result += replacement
            copied = tag + length
            index = copied
        }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<end]))
        return (String(decoding: result, as: UTF8.self), sectionStarts)
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, with prefix: [UInt8]) -> Bool {
        guard bytes.count - index >= prefix.count else { return false }
        for offset in prefix.indices where bytes[index + offset] != prefix[offset] { return false }
        return true
    }

    /// cmark counts columns in bytes; editors count characters ("ö" is two bytes, one column).
    /// Counted in Unicode scalars, each line once from its start to its last link, so a long line
    /// full of links stays linear.
    static func characterColumns(_ links: [MarkdownLink], in text: String) -> [MarkdownLink] {
        guard !links.isEmpty else { return links }
        if let result = text.utf8.withContiguousStorageIfAvailable({ columns(links, in: $0) }) { return result }
        return Array(text.utf8).withUnsafeBufferPointer { columns(links, in: $0) }
    }

    /// One pass over the bytes, in the order of the links: a line is found when a link is on it, and
    /// counted from its start to its last link.
    private static func columns(_ links: [MarkdownLink], in bytes: UnsafeBufferPointer<UInt8>) -> [MarkdownLink] {
        var result = links
        let order = links.indices.sorted { (links[$0].line, links[$0].column) < (links[$1].line, links[$1].column) }
        let newline = UInt8(ascii: "\n")
        var line = 1
        var lineStart = 0
        var lineEnd = bytes.firstIndex(of: newline) ?? bytes.count
        var counted = 0  // the line that `position` and `scalars` belong to; 0 for none yet
        var position = 0
        var scalars = 0
        for index in order {
            let link = links[index]
            guard link.line >= 1 else { continue }
            if link.line != counted {
                while line < link.line, lineEnd < bytes.count {
                    lineStart = lineEnd + 1
                    line += 1
                    lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.count
                }
                guard line == link.line else { continue }  // past the end of the text
                counted = line
                position = lineStart
                scalars = 0
            }
            let wanted = lineStart + min(max(0, link.column - 1), lineEnd - lineStart)
            while position < wanted {
                if bytes[position] & 0xC0 != 0x80 { scalars += 1 }
                position += 1
            }
            result[index].column = scalars + 1
        }
        return result
    }
}
