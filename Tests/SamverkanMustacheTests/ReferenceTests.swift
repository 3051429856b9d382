import SamverkanMustache
import Testing

@Suite("References: the names a template uses, for checking")
struct ReferenceTests {
    static let source = """
    {{! kommentar }}
    <h1>{{layout.title}}</h1>
    {{#decisions}}
      {{text}}{{{html}}}
      {{^assignment}}{{.}}{{/assignment}}
      {{>partials/entry}}
    {{/decisions}}
    {{<base}}ignoreras {{ignored}}{{$main}}{{inMain}}{{/main}}{{/base}}
    """

    @Test func everyNameWithItsPlaceAndScopes() throws {
        let template = try MustacheTemplate(name: "page", source: Self.source)
        let decisions = MustacheScope.section("decisions")
        #expect(template.references == [
            MustacheReference(kind: .variable, name: "layout.title", path: ["layout", "title"], line: 2, column: 5, enclosing: []),
            MustacheReference(kind: .section, name: "decisions", path: ["decisions"], line: 3, column: 1, enclosing: []),
            MustacheReference(kind: .variable, name: "text", path: ["text"], line: 4, column: 3, enclosing: [decisions]),
            MustacheReference(kind: .unescapedVariable, name: "html", path: ["html"], line: 4, column: 11, enclosing: [decisions]),
            MustacheReference(kind: .invertedSection, name: "assignment", path: ["assignment"], line: 5, column: 3, enclosing: [decisions]),
            MustacheReference(kind: .variable, name: ".", path: [], line: 5, column: 18,
                              enclosing: [decisions, .invertedSection("assignment")]),
            MustacheReference(kind: .partial, name: "partials/entry", path: ["partials/entry"], line: 6, column: 3, enclosing: [decisions]),
            MustacheReference(kind: .parent, name: "base", path: ["base"], line: 8, column: 1, enclosing: []),
            MustacheReference(kind: .block, name: "main", path: ["main"], line: 8, column: 31, enclosing: [.parent("base")]),
            MustacheReference(kind: .variable, name: "inMain", path: ["inMain"], line: 8, column: 40,
                              enclosing: [.parent("base"), .block("main")]),
        ])
    }

    @Test func contextSectionsAreTheOnesThatPushValues() throws {
        let template = try MustacheTemplate(name: "t", source: "{{#a}}{{^b}}{{#c.d}}{{x}}{{/c.d}}{{/b}}{{/a}}")
        #expect(template.references.last?.contextSections == ["a", "c.d"])
    }

    @Test func includedTemplateNamesOnceEach() throws {
        let template = try MustacheTemplate(name: "t", source: "{{>a}}{{<b}}{{/b}}{{>a}}{{#x}}{{>c}}{{/x}}")
        #expect(template.includedTemplateNames == ["a", "b", "c"])
    }
}
