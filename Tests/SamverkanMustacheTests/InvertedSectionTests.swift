import SamverkanMustache
import Testing

@Suite("Inverted sections: {{^name}}…{{/name}}")
struct InvertedSectionTests {
    @Test func rendersForFalseyValuesOnly() throws {
        let data: MustacheValue = ["f": false, "n": nil, "e": [], "t": true, "l": [1], "s": "", "z": 0, "o": [:]]
        let template = "{{^f}}f{{/f}}{{^n}}n{{/n}}{{^e}}e{{/e}}{{^m}}m{{/m}}{{^t}}t{{/t}}{{^l}}l{{/l}}{{^s}}s{{/s}}{{^z}}z{{/z}}{{^o}}o{{/o}}"
        #expect(try TestRendering.render(template, data) == "fnem")
    }

    @Test func pushesNoContext() throws {
        let data: MustacheValue = ["title": "Rubrik", "items": []]
        #expect(try TestRendering.render("{{^items}}{{title}}: inga{{/items}}", data) == "Rubrik: inga")
    }

    @Test func listAndItsEmptyCase() throws {
        let template = """
        {{#meetings}}
        <li>{{title}}</li>
        {{/meetings}}
        {{^meetings}}
        <p>Inga möten.</p>
        {{/meetings}}

        """
        #expect(try TestRendering.render(template, ["meetings": []]) == "<p>Inga möten.</p>\n")
        #expect(try TestRendering.render(template, ["meetings": [["title": "A"]]]) == "<li>A</li>\n")
    }
}
