import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Inputs the fuzz targets (Fuzz/, scripts/fuzz.sh) found, kept as tests. The files are in
/// `Fixtures/fuzz-regressions/`; the fuzz runs also read them as seeds.
@Suite struct MarkdownFuzzRegressionTests {
    func fixture(_ name: String) throws -> String {
        let url = Fixture.fixturesFolder.appendingPathComponent("fuzz-regressions/FuzzMarkdown").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// `## ́x`: `>` and the combining mark are one Swift character, so a character search for `<h2>`
    /// missed the heading and gave its anchor to the next one; the last heading got none.
    @Test func headingThatStartsWithACombiningMarkKeepsItsOwnAnchor() throws {
        let text = try fixture("heading-starts-with-combining-mark.md")
        let rendered = MarkdownRenderer.render(MarkdownSource(text: text, path: "x.md", firstLine: 1))
        #expect(rendered.headings.map(\.anchor) == ["a", "x", "b"])
        for heading in rendered.headings {
            #expect(rendered.html.contains("<h2 id=\"\(heading.anchor)\">\(heading.text)</h2>"))
        }
        #expect(rendered.sections.compactMap(\.heading?.anchor) == ["a", "x", "b"])
    }

    /// cmark-gfm's autolink extension gives the links it makes of plain text no position (line 0);
    /// `.mailto:a@b.se` even becomes a relative link that the link check rejects, and the message
    /// pointed at the line before the text. They now take their paragraph's line.
    @Test func autolinksTakeTheLineOfTheirParagraph() throws {
        let text = try fixture("autolink-without-position.md")
        let rendered = MarkdownRenderer.render(MarkdownSource(text: text, path: "x.md", firstLine: 5))
        #expect(rendered.links.map(\.destination) == [".mailto:a@b.se", "https://example.com"])
        #expect(rendered.links.map(\.line) == [3, 3])
        #expect(rendered.links.allSatisfy { $0.column >= 1 })
    }
}
