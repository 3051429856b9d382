import SamverkanModel

/// A Markdown text rendered to HTML, with its headings (anchored) and links for the checks that follow.
public struct RenderedMarkdown: Sendable, Hashable {
    public let source: MarkdownSource
    public let html: String
    public let headings: [MarkdownHeading]
    /// Where the HTML's level-2 headings begin, in order.
    let sectionStarts: [SectionStart]
    public let links: [MarkdownLink]
    public let rawHTMLLines: [Int]

    /// The anchors this text gives its page: found once, here, since every link to the page is
    /// checked against them.
    public let anchors: Set<String>

    init(source: MarkdownSource, html: String, headings: [MarkdownHeading], sectionStarts: [SectionStart],
         links: [MarkdownLink], rawHTMLLines: [Int], hasFootnotes: Bool) {
        self.source = source
        self.html = html
        self.headings = headings
        self.sectionStarts = sectionStarts
        self.links = links
        self.rawHTMLLines = rawHTMLLines
        // Only a text with footnotes has footnote anchors to look for.
        anchors = Set(headings.map(\.anchor)).union(hasFootnotes ? Self.footnoteAnchors(in: html) : [])
    }

    /// Footnote targets cmark-gfm writes (`fn-1`, `fnref-1`).
    static func footnoteAnchors(in html: String) -> [String] {
        // One pass over the UTF-8 bytes: Foundation's string search measures from the start of the
        // text on every call, which made a long document quadratic.
        let bytes = Array(html.utf8)
        let marker = Array(" id=\"".utf8)
        var anchors: [String] = []
        var index = 0
        while let start = UTF8Search.firstIndex(of: marker, in: bytes, from: index) {
            let valueStart = start + marker.count
            guard let end = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            if bytes[valueStart...].starts(with: [UInt8(ascii: "f"), UInt8(ascii: "n")]) {
                anchors.append(String(decoding: bytes[valueStart..<end], as: UTF8.self))
            }
            index = end
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
    /// Cut where `MarkdownRenderer.finish` saw the headings begin: no search of the HTML.
    public var sections: [Section] {
        var html = html
        return html.withUTF8 { bytes in
            func isBlank(_ part: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
                part.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
            }
            var result: [Section] = []
            var position = 0
            var current: MarkdownHeading?
            for start in sectionStarts {
                let before = bytes[position ..< start.offset]
                if current != nil || !isBlank(before) {
                    result.append(Section(heading: current, html: String(decoding: UnsafeBufferPointer(rebasing: before), as: UTF8.self)))
                }
                current = start.heading
                position = start.offset
            }
            let rest = bytes[position...]
            if current != nil || !isBlank(rest) {
                result.append(Section(heading: current, html: String(decoding: UnsafeBufferPointer(rebasing: rest), as: UTF8.self)))
            }
            return result
        }
    }

    /// Where a level-2 heading begins in `html`, in bytes.
    struct SectionStart: Sendable, Hashable {
        var heading: MarkdownHeading
        var offset: Int
    }
}
