import SamverkanMustache
import Testing

@Suite("Sections: {{#name}}…{{/name}}")
struct SectionTests {
    @Test func falseyValuesSkip() throws {
        let data: MustacheValue = ["f": false, "n": nil, "e": []]
        #expect(try TestRendering.render("[{{#f}}f{{/f}}{{#n}}n{{/n}}{{#e}}e{{/e}}{{#m}}m{{/m}}]", data) == "[]")
    }

    @Test func zeroAndTheEmptyStringAreTruthy() throws {
        // As in the spec's reference implementation and swift-mustache: only null, false and [] are falsey.
        let data: MustacheValue = ["zero": 0, "empty": ""]
        #expect(try TestRendering.render("{{#zero}}<{{.}}>{{/zero}}{{#empty}}[{{.}}]{{/empty}}", data) == "<0>[]")
    }

    @Test func trueRendersOnceWithTrueOnTop() throws {
        #expect(try TestRendering.render("{{#t}}ja {{.}}{{/t}}", ["t": true]) == "ja true")
    }

    @Test func objectIsPushed() throws {
        let data: MustacheValue = ["previous": ["title": "Möte 2", "href": "../2/"]]
        let output = try TestRendering.render("{{#previous}}<a href=\"{{href}}\">{{title}}</a>{{/previous}}", data)
        #expect(output == "<a href=\"../2/\">Möte 2</a>")
    }

    @Test func listRepeatsWithEachElement() throws {
        let data: MustacheValue = ["decisions": [["text": "A"], ["text": "B"], ["text": "C"]]]
        #expect(try TestRendering.render("{{#decisions}}<li>{{text}}</li>{{/decisions}}", data) == "<li>A</li><li>B</li><li>C</li>")
    }

    @Test func listElementsReachOuterContexts() throws {
        let data: MustacheValue = ["body": "SRO", "meetings": [["title": "1"], ["title": "2", "body": "egen"]]]
        #expect(try TestRendering.render("{{#meetings}}{{title}}:{{body}} {{/meetings}}", data) == "1:SRO 2:egen ")
    }

    @Test func nestedListsOfValues() throws {
        let data: MustacheValue = ["rows": [[1, 2], [], [3]]]
        #expect(try TestRendering.render("{{#rows}}({{#.}}{{.}}{{/.}}){{/rows}}", data) == "(12)()(3)")
    }

    @Test func dottedSectionPushesTheValueFound() throws {
        let data: MustacheValue = ["layout": ["history": ["firstPublished": "3 oktober 2024"]]]
        #expect(try TestRendering.render("{{#layout.history}}{{firstPublished}}{{/layout.history}}", data) == "3 oktober 2024")
    }

    @Test func standaloneSectionLinesAreRemoved() throws {
        let template = """
        <ul>
          {{#items}}
          <li>{{.}}</li>
          {{/items}}
        </ul>

        """
        #expect(try TestRendering.render(template, ["items": ["a", "b"]]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
    }

    @Test func inlineSectionKeepsItsLine() throws {
        #expect(try TestRendering.render("  {{#a}}x{{/a}}  \n", ["a": false]) == "    \n")
    }

    @Test func largeListsRenderEveryElement() throws {
        let items = MustacheValue.list((0..<1000).map { .int($0) })
        let output = try TestRendering.render("{{#items}}{{.}},{{/items}}", ["items": items])
        #expect(output == (0..<1000).map(String.init).joined(separator: ",") + ",")
    }
}
