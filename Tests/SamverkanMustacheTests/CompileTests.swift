import SamverkanMustache
import Testing

@Suite("Compiling: large and hostile templates")
struct CompileTests {
    @Test(.timeLimit(.minutes(1)))
    func longLinesCompileInLinearTime() throws {
        // Each of these was quadratic once (standalone checks and columns scanned the whole line).
        let variables = try MustacheTemplate(name: "t", source: String(repeating: "{{a}} ", count: 20_000))
        #expect(variables.references.count == 20_000)
        #expect(variables.references.last?.column == 19_999 * 6 + 1)
        let blocks = try MustacheTemplate(name: "t", source: "{{<p}}" + String(repeating: "{{$a}}{{/a}}", count: 20_000) + "{{/p}}")
        #expect(blocks.references.count == 20_001)
        let sections = try MustacheTemplate(name: "t", source: String(repeating: "{{#a}}{{/a}}", count: 20_000))
        #expect(sections.references.count == 20_000)
    }

    @Test func manyLinesRender() throws {
        let source = String(repeating: "<p>{{x}}</p>\n", count: 10_000)
        let output = try TestRendering.render(source, ["x": "å"])
        #expect(output == String(repeating: "<p>å</p>\n", count: 10_000))
    }

    @Test func largeOutputGrowsTheBuffer() throws {
        let items = MustacheValue.list((0..<20_000).map { .string("rad \($0) <&>") })
        let output = try TestRendering.render("{{#items}}{{.}}\n{{/items}}", ["items": items])
        #expect(output.utf8.count > 300_000)
        #expect(output.hasSuffix("rad 19999 &lt;&amp;&gt;\n"))
    }

    @Test func renderIntoAppends() throws {
        let library = try TestRendering.library("[{{x}}]")
        var buffer = Array("före ".utf8)
        try library.render(TestRendering.name, with: ["x": 1], into: &buffer)
        try library.render(TestRendering.name, with: ["x": 2], into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "före [1][2]")
    }

    @Test func sameSourceSameOutputEveryTime() throws {
        let library = try TestRendering.library("{{#a}}{{b}}{{/a}}\n", partials: [:])
        let first = try library.render(TestRendering.name, with: ["a": [["b": 1], ["b": 2]]])
        for _ in 0..<100 {
            #expect(try library.render(TestRendering.name, with: ["a": [["b": 1], ["b": 2]]]) == first)
        }
    }
}
