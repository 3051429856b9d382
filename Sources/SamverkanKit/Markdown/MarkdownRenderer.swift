/// Renders the Markdown of one content file for the page it appears on.
public enum MarkdownRenderer {
    /// - Parameters:
    ///   - reservedAnchors: ids the page's template uses already, which headings must not take.
    ///   - rewriteLink: turns a link target as written into the one the page should carry.
    public static func render(
        _ source: MarkdownSource,
        reservedAnchors: Set<String> = [],
        rewriteLink: (_ destination: String, _ isImage: Bool) -> String = { destination, _ in destination }
    ) -> RenderedMarkdown {
        let output = CmarkGFM.render(source.text, rewriteLink: rewriteLink)
        let headings = HeadingAnchors.assign(output.headings, reserved: reservedAnchors)
        return RenderedMarkdown(source: source, html: wrapTables(insertAnchors(headings, into: output.html)),
                                headings: headings, links: characterColumns(output.links, in: source.text),
                                rawHTMLLines: output.rawHTMLLines)
    }

    /// Wide tables scroll on their own on a narrow screen, reachable by keyboard, instead of the page.
    static func wrapTables(_ html: String) -> String {
        guard html.contains("<table>") else { return html }
        return html
            .replacingOccurrences(of: "<table>", with: "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabell\"><table>")
            .replacingOccurrences(of: "</table>", with: "</table></div>")
    }

    /// cmark counts columns in bytes; editors count characters ("ö" is two bytes, one column).
    static func characterColumns(_ links: [MarkdownLink], in text: String) -> [MarkdownLink] {
        guard !links.isEmpty else { return links }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return links.map { link in
            guard link.line >= 1, link.line <= lines.count else { return link }
            var link = link
            let prefix = lines[link.line - 1].utf8.prefix(max(0, link.column - 1))
            link.column = String(decoding: prefix, as: UTF8.self).count + 1
            return link
        }
    }

    /// Gives each `<hN>` its `id`, in document order. Raw HTML is never passed through,
    /// so every `<hN>` tag in the output is a heading of the text.
    static func insertAnchors(_ headings: [MarkdownHeading], into html: String) -> String {
        guard !headings.isEmpty else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count + headings.count * 24)
        var rest = html[...]
        for heading in headings {
            let tag = "<h\(heading.level)>"
            guard let range = rest.range(of: tag) else { continue }
            result += rest[..<range.lowerBound]
            result += "<h\(heading.level) id=\"\(heading.anchor)\">"
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
