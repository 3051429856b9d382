/// A Markdown text rendered to HTML, with its headings (anchored) and links for the checks that follow.
public struct RenderedMarkdown: Sendable, Hashable {
    public var source: MarkdownSource
    public var html: String
    public var headings: [MarkdownHeading]
    public var links: [MarkdownLink]
    public var rawHTMLLines: [Int]

    /// The anchors this text gives its page.
    public var anchors: Set<String> {
        Set(headings.map(\.anchor)).union(footnoteAnchors)
    }

    /// Footnote targets cmark-gfm writes (`fn-1`, `fnref-1`).
    var footnoteAnchors: [String] {
        var anchors: [String] = []
        var rest = html[...]
        while let range = rest.range(of: " id=\"") {
            let after = rest[range.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            let id = String(after[..<end])
            if id.hasPrefix("fn") { anchors.append(id) }
            rest = after[end...]
        }
        return anchors
    }

    /// One part of the HTML: what comes before the first level-2 heading, then each level-2 heading
    /// with everything up to the next one.
    public struct Section: Sendable, Hashable {
        public var heading: MarkdownHeading?
        public var html: String
    }

    /// The HTML cut at its level-2 headings, so a page can put an agenda item's decisions beside it.
    public var sections: [Section] {
        let level2 = headings.filter { $0.level == 2 }
        var result: [Section] = []
        var rest = html[...]
        var current: MarkdownHeading?
        for heading in level2 {
            guard let start = rest.range(of: "<h2 id=\"\(heading.anchor)\"") else { continue }
            let before = String(rest[..<start.lowerBound])
            if current != nil || !before.allSatisfy(\.isWhitespace) {
                result.append(Section(heading: current, html: before))
            }
            current = heading
            rest = rest[start.lowerBound...]
        }
        if current != nil || !rest.allSatisfy(\.isWhitespace) {
            result.append(Section(heading: current, html: String(rest)))
        }
        return result
    }
}
