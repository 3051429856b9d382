import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

@Suite struct MarkdownRendererTests {
    func render(_ text: String, reserved: Set<String> = []) -> RenderedMarkdown {
        MarkdownRenderer.render(MarkdownSource(text: text, path: "x.md", firstLine: 1), reservedAnchors: reserved)
    }

    @Test func agendaItemsAndSubItemsGetStableAnchors() {
        let rendered = render("## 8. Representanter SRO\n\n### a. Ersättare\n\n## 3. Aktuella ärenden\n\n### 3 d. Förslag\n\n## Övrig information\n")
        #expect(rendered.headings.map(\.anchor) == ["punkt-8", "punkt-8a", "punkt-3", "punkt-3d", "ovrig-information"])
        #expect(rendered.html.contains("<h2 id=\"punkt-8\">8. Representanter SRO</h2>"))
        #expect(rendered.html.contains("<h3 id=\"punkt-3d\">3 d. Förslag</h3>"))
        #expect(rendered.headings.first?.itemTitle == "Representanter SRO")
    }

    @Test func headingsNeverTakeAnIdThePageUses() {
        let rendered = render("## Deltagare\n\n## Deltagare\n", reserved: ["deltagare"])
        #expect(rendered.headings.map(\.anchor) == ["deltagare-2", "deltagare-3"])
    }

    @Test func rendersTheGFMExtensions() {
        let html = render("""
        | A | B |
        | :-- | --: |
        | 1 | 2 |

        ~~struken~~ www.vgregion.se

        - [x] klar

        Not[^1].

        [^1]: Fotnoten.
        """).html
        #expect(html.contains("<table>"))
        #expect(html.contains("<th style=\"text-align: left\">A</th>"))
        #expect(html.contains("<del>struken</del>"))
        #expect(html.contains("<a href=\"http://www.vgregion.se\">www.vgregion.se</a>"))
        #expect(html.contains("type=\"checkbox\" checked=\"\" disabled=\"\""))
        #expect(html.contains("data-footnotes"))
    }

    /// A link to a footnote (`#fn-1`) must pass the link check: its anchors are the page's. A text
    /// without footnotes has none, and its HTML is not searched for them.
    @Test func footnotesGiveTheirAnchorsAndOnlyThey() {
        #expect(render("Text.[^1]\n\n[^1]: Fotnoten.\n").anchors == ["fn-1", "fnref-1"])
        #expect(render("## 1. Punkt\n\nText med id=\"fn-1\" i sig.\n").anchors == ["punkt-1"])
    }

    @Test func rawHTMLIsNotPassedThroughAndUnsafeLinksAreEmptied() {
        let rendered = render("<script>alert(1)</script>\n\nText <b>fet</b> [klick](javascript:alert(1))\n")
        #expect(!rendered.html.contains("<script>"))
        #expect(!rendered.html.contains("<b>"))
        #expect(!rendered.html.contains("javascript:"))
        #expect(rendered.rawHTMLLines == [1, 3, 3])
    }

    @Test func linksAreRewrittenByTheCaller() {
        let rendered = MarkdownRenderer.render(MarkdownSource(text: "[SRO](bodies/sro.md)", path: "x.md", firstLine: 1)) { link in
            link.destination == "bodies/sro.md" ? "../organ/sro/index.html" : link.destination
        }
        #expect(rendered.html.contains("<a href=\"../organ/sro/index.html\">SRO</a>"))
        #expect(rendered.links.first?.destination == "bodies/sro.md")
    }

    @Test func sectionsCutTheTextAtItsItems() {
        let sections = render("Inledning.\n\n## 1. Ett\n\nA\n\n### a. Under\n\n## 2. Två\n\nB\n").sections
        #expect(sections.map { $0.heading?.itemNumber } == [nil, "1", "2"])
        #expect(sections[1].html.contains("<h3 id=\"punkt-1a\">"))
    }
}

/// Pages render in parallel: every one must come out the same as when rendered alone.
@Suite struct ParallelMarkdownTests {
    @Test func strikethroughSurvivesParallelRendering() {
        let text = (1...40).map { "Stycke \($0) med ~~struken~~ text och *betoning*." }.joined(separator: "\n\n")
        let source = MarkdownSource(text: text, path: "x.md", firstLine: 1)
        let alone = MarkdownRenderer.render(source).html
        #expect(alone.contains("<del>struken</del>"))
        let results = Array(repeating: source, count: 400).parallelMap { MarkdownRenderer.render($0).html }
        #expect(results.filter { $0 != alone }.count == 0)
    }
}
