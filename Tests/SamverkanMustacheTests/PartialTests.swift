import SamverkanMustache
import Testing

@Suite("Partials: {{>name}}")
struct PartialTests {
    @Test func partialRendersWithTheContextAtTheTag() throws {
        let partials = ["partials/meeting-entry": "<a href=\"{{href}}\">{{title}}</a>"]
        let data: MustacheValue = ["meetings": [["href": "1/", "title": "Ett"], ["href": "2/", "title": "Två"]]]
        let output = try TestRendering.render("{{#meetings}}{{>partials/meeting-entry}};{{/meetings}}", data, partials: partials)
        #expect(output == "<a href=\"1/\">Ett</a>;<a href=\"2/\">Två</a>;")
    }

    @Test func missingPartialRendersNothing() throws {
        #expect(try TestRendering.render("[{{>saknas}}]") == "[]")
    }

    @Test func standalonePartialIndentsEveryLine() throws {
        let partials = ["item": "<li>\n  {{text}}\n</li>\n"]
        let template = "<ul>\n  {{#items}}\n  {{>item}}\n  {{/items}}\n</ul>\n"
        let output = try TestRendering.render(template, ["items": [["text": "a"], ["text": "b"]]], partials: partials)
        #expect(output == "<ul>\n  <li>\n    a\n  </li>\n  <li>\n    b\n  </li>\n</ul>\n")
    }

    @Test func interpolatedLineEndsAreNotIndented() throws {
        let output = try TestRendering.render("  {{>p}}\n", ["v": "ett\ntvå"], partials: ["p": "<pre>{{v}}</pre>\n"])
        #expect(output == "  <pre>ett\ntvå</pre>\n")
    }

    @Test func partialInsideALineIsNotIndentedEvenInAnIndentedPartial() throws {
        // Only a standalone partial's lines get indentation; an inline partial's lines are its own.
        let partials = ["outer": "a {{>inner}}\nb\n", "inner": "x\ny"]
        #expect(try TestRendering.render("  {{>outer}}\n", partials: partials) == "  a x\ny\n  b\n")
    }

    @Test func recursionFollowsTheData() throws {
        let tree: MustacheValue = ["name": "1", "children": [["name": "1.1", "children": []], ["name": "1.2", "children": [["name": "1.2.1", "children": []]]]]]
        let partials = ["node": "{{name}}{{#children}}[{{>node}}]{{/children}}"]
        #expect(try TestRendering.render("{{>node}}", tree, partials: partials) == "1[1.1][1.2[1.2.1]]")
    }

    @Test func missingPartialsAreListedAtTheirTags() throws {
        var library = MustacheLibrary()
        try library.register(name: "page", source: "rad ett\n  {{>partials/finns}}\n    {{>partials/saknas}}\n{{<base}}{{/base}}")
        try library.register(name: "partials/finns", source: "ja")
        let errors = library.missingPartials()
        #expect(errors == [
            MustacheError(templateName: "page", line: 3, column: 5, message: "partialen {{>partials/saknas}} finns inte",
                          hint: "det finns ingen mall med namnet \"partials/saknas\": skapa den eller rätta namnet"),
            MustacheError(templateName: "page", line: 4, column: 1, message: "mallen {{<base}} som ärvs finns inte",
                          hint: "det finns ingen mall med namnet \"base\": skapa den eller rätta namnet"),
        ])
    }

    @Test func registeringAgainReplaces() throws {
        var library = try TestRendering.library("{{>p}}", partials: ["p": "gammal"])
        try library.register(name: "p", source: "ny")
        #expect(try library.renderString(TestRendering.name, with: [:]) == "ny")
    }
}
