import FuzzSupport
import SamverkanLoading
import SamverkanMarkdown
import SamverkanModel
import SamverkanSite
import SamverkanTestDoubles

/// Fuzzes stage 4 of the pipeline: the input as a meeting's text through `MarkdownRenderer` the way
/// `RenderedContent` calls it (the meeting page's reserved anchors, links rewritten relative to
/// the page), then what pages and checks read from the result: anchors, sections, links.
enum MarkdownTarget {
    static let pageURL = SiteURL.meeting(year: 2024, slug: "2024-10-03-sro")
    static let reserved = PageAnchors.meetingReserved(decisionCount: 3)

    static func run(_ input: FuzzInput) {
        // The body a meeting file would give: after the front matter, as the splitter cuts it.
        let file = SourceFile(displayPath: "content/meetings/2024/2024-10-03-sro.md",
                              relativePath: "meetings/2024/2024-10-03-sro.md",
                              text: "---\nbody: sro\n---\n" + input.repairedText)
        guard case let .success(document) = FrontMatterDocument.split(file) else {
            Invariant.require(false, "a file starting with a front matter block did not split")
            return
        }
        let source = MarkdownSource(text: document.body, path: file.displayPath, firstLine: document.bodyFirstLine)
        let rendered = MarkdownRenderer.render(source, reservedAnchors: reserved) { link in
            guard case let .site(path, anchor) = link.target else { return link.destination }
            return SiteURL.relative(from: pageURL, to: path + (anchor.map { "#" + $0 } ?? ""))
        }
        check(rendered, source: source)
    }

    static func check(_ rendered: RenderedMarkdown, source: MarkdownSource) {
        var seen = Set<String>()
        for heading in rendered.headings {
            Invariant.require(!heading.anchor.isEmpty, "heading '\(heading.text)' without anchor")
            Invariant.require(!reserved.contains(heading.anchor), "heading took reserved anchor \(heading.anchor)")
            Invariant.require(seen.insert(heading.anchor).inserted, "anchor \(heading.anchor) given twice")
            Invariant.require((1...6).contains(heading.level), "heading level \(heading.level)")
            Invariant.require(heading.anchor.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
            }, "anchor '\(heading.anchor)' has characters outside a-z, 0-9, -")
            Invariant.require(rendered.html.contains("<h\(heading.level) id=\"\(heading.anchor)\""),
                              "heading anchor \(heading.anchor) missing from the HTML")
        }
        // Raw HTML is never passed through.
        let lowercased = rendered.html.lowercased()
        for tag in ["<script", "<iframe", "<style", "<object", "<embed"] {
            Invariant.require(!lowercased.contains(tag), "raw HTML '\(tag)' reached the output")
        }
        let lines = FuzzInput.editorLineCount(source.text)
        for link in rendered.links {
            Invariant.require(link.line >= 1 && link.line <= lines, "link at line \(link.line) of \(lines)")
            Invariant.require(link.column >= 1, "link at column \(link.column)")
        }
        // The page template cuts the HTML at level-2 headings; nothing may get lost in the cut.
        let joined = rendered.sections.map(\.html).joined()
        let html = Array(rendered.html.utf8)
        let cut = html.count - joined.utf8.count
        Invariant.require(cut >= 0 && html[cut...].elementsEqual(joined.utf8)
                          && String(decoding: html[..<cut], as: UTF8.self).allSatisfy(\.isWhitespace),
                          "sections lose HTML: \(joined.utf8.count) of \(rendered.html.utf8.count) bytes")
        _ = rendered.anchors
    }
}
