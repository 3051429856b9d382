import SamverkanMustache
import Testing

@Suite("Set delimiters: {{=<% %>=}}")
struct DelimiterTests {
    @Test func newDelimitersForTheRestOfTheTemplate() throws {
        let output = try TestRendering.render("{{=<% %>=}}<%#s%><%v%> {{v}}<%/s%>", ["s": true, "v": "x"])
        #expect(output == "x {{v}}")
    }

    @Test func tripleFormWithNewDelimiters() throws {
        #expect(try TestRendering.render("{{=<% %>=}}<%{v}%>|<%v%>", ["v": "<b>"]) == "<b>|&lt;b&gt;")
    }

    @Test func standaloneDelimiterLineIsRemoved() throws {
        #expect(try TestRendering.render("a\n  {{=[[ ]]=}}\n[[v]]\n", ["v": "b"]) == "a\nb\n")
    }

    @Test func partialsStartWithTheDefaultDelimiters() throws {
        let output = try TestRendering.render("{{=| |=}}|>p| |v|", ["v": "1"], partials: ["p": "{{v}}"])
        #expect(output == "1 1")
    }
}
