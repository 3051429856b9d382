import SamverkanMustache
import Testing

@Suite("Inheritance: {{<parent}} and {{$block}}")
struct InheritanceTests {
    /// The site's shape: every page extends `base` and fills its `main` block.
    static let base = """
    <html>
    <main>
    {{$main}}{{/main}}
    </main>
    </html>

    """

    @Test func pageFillsTheLayoutsMainBlock() throws {
        let page = """
        {{! En sida }}
        {{<base}}
        {{$main}}
            <h1>{{title}}</h1>
            {{#items}}
            <p>{{.}}</p>
            {{/items}}
        {{/main}}
        {{/base}}

        """
        let output = try TestRendering.render(page, ["title": "Möte", "items": ["a", "b"]], partials: ["base": Self.base])
        // The block's own indentation (four spaces) is removed: the layout's block is at column 0.
        #expect(output == "<html>\n<main>\n<h1>Möte</h1>\n<p>a</p>\n<p>b</p>\n\n</main>\n</html>\n")
    }

    @Test func layoutDefaultsShowWithoutOverride() throws {
        let layout = "<title>{{$title}}{{site}}{{/title}}</title>"
        #expect(try TestRendering.render("{{<l}}{{/l}}", ["site": "S"], partials: ["l": layout]) == "<title>S</title>")
        #expect(try TestRendering.render("{{<l}}{{$title}}Sida – {{site}}{{/title}}{{/l}}", ["site": "S"], partials: ["l": layout])
            == "<title>Sida – S</title>")
    }

    @Test func blocksOfAPartialOfTheLayoutAreOverridden() throws {
        let partials = ["base": "<body>\n  {{>header}}\n</body>\n", "header": "<h1>{{$heading}}Standard{{/heading}}</h1>\n"]
        let output = try TestRendering.render("{{<base}}{{$heading}}Egen{{/heading}}{{/base}}", partials: partials)
        #expect(output == "<body>\n  <h1>Egen</h1>\n</body>\n")
    }

    @Test func overrideIsRenderedInTheLayoutsContext() throws {
        let partials = ["l": "{{#layout}}{{$b}}{{/b}}{{/layout}}"]
        let data: MustacheValue = ["layout": ["lang": "sv"], "title": "T"]
        #expect(try TestRendering.render("{{<l}}{{$b}}{{lang}}/{{title}}{{/b}}{{/l}}", data, partials: partials) == "sv/T")
    }

    @Test func threeLevels() throws {
        let partials = [
            "base": "[{{$head}}B{{/head}}|{{$main}}B{{/main}}]",
            "section": "{{<base}}{{$head}}S{{/head}}{{$main}}S{{/main}}{{/base}}",
        ]
        #expect(try TestRendering.render("{{<section}}{{$main}}P{{/main}}{{/section}}", partials: partials) == "[S|P]")
    }
}
