import SamverkanMustache
import Testing

@Suite("Interpolation: {{name}}, {{{name}}}, {{&name}}")
struct InterpolationTests {
    @Test func textWithoutTagsIsWrittenAsItIs() throws {
        #expect(try TestRendering.render("<p>{ett} }{ två</p>\n") == "<p>{ett} }{ två</p>\n")
    }

    @Test func emptyTemplateRendersNothing() throws {
        #expect(try TestRendering.render("") == "")
    }

    @Test func escapesTheFiveCharacters() throws {
        let output = try TestRendering.render("{{v}}", ["v": "a&b<c>d\"e'f"])
        #expect(output == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
    }

    @Test func escapingLeavesOtherTextAlone() throws {
        let output = try TestRendering.render("{{v}}", ["v": "Åsa – ”citat” é 😀 / = ; `"])
        #expect(output == "Åsa – ”citat” é 😀 / = ; `")
    }

    @Test func tripleMustacheAndAmpersandDoNotEscape() throws {
        let output = try TestRendering.render("{{{v}}}|{{&v}}", ["v": "<b>'&'</b>"])
        #expect(output == "<b>'&'</b>|<b>'&'</b>")
    }

    @Test func numbers() throws {
        let data: MustacheValue = ["a": 0, "b": -12, "c": 9_223_372_036_854_775_807, "d": 1.5, "e": 0.1, "f": .int(Int.min)]
        let output = try TestRendering.render("{{a}} {{b}} {{c}} {{d}} {{e}} {{f}}", data)
        #expect(output == "0 -12 9223372036854775807 1.5 0.1 -9223372036854775808")
    }

    @Test func booleansAreWrittenAsWords() throws {
        #expect(try TestRendering.render("{{a}}/{{b}}", ["a": true, "b": false]) == "true/false")
    }

    @Test func nullListsAndObjectsWriteNothing() throws {
        let data: MustacheValue = ["n": nil, "l": [1, 2], "o": ["x": 1]]
        #expect(try TestRendering.render("[{{n}}][{{l}}][{{o}}][{{{o}}}]", data) == "[][][][]")
    }

    @Test func missingNameWritesNothing() throws {
        #expect(try TestRendering.render("[{{saknas}}][{{saknas.ock}}]") == "[][]")
    }

    @Test func dottedNameLooksInside() throws {
        let data: MustacheValue = ["layout": ["siteTitle": "Samverkan", "nav": ["label": "Möten"]]]
        #expect(try TestRendering.render("{{layout.siteTitle}}: {{layout.nav.label}}", data) == "Samverkan: Möten")
    }

    @Test func dottedNameFirstPartWalksOutwardsRestStaysInside() throws {
        let data: MustacheValue = ["a": ["b": ["c": "rätt"]], "list": [["x": 1]], "b": ["c": "fel"]]
        #expect(try TestRendering.render("{{#list}}{{a.b.c}}{{/list}}", data) == "rätt")
        let shadowed: MustacheValue = ["a": ["b": "inte ett objekt"], "x": ["a": ["q": 1]]]
        #expect(try TestRendering.render("[{{#x}}{{a.b}}{{/x}}]", shadowed) == "[]")
    }

    @Test func implicitIteratorIsTheTopOfTheStack() throws {
        #expect(try TestRendering.render("{{.}}", "<text>") == "&lt;text&gt;")
        #expect(try TestRendering.render("{{#o}}{{.}}{{/o}}", ["o": 5]) == "5")
    }

    @Test func interpolationAloneOnALineKeepsTheLine() throws {
        #expect(try TestRendering.render("a\n  {{x}}\nb", [:]) == "a\n  \nb")
    }

    @Test func paddingInsideTheTagIsIgnored() throws {
        #expect(try TestRendering.render("{{  v }}{{{ v  }}}{{&  v}}", ["v": "x"]) == "xxx")
    }

    @Test func aFieldPresentAsNullHidesAnOuterOne() throws {
        var inner = MustacheObject()
        inner.append(MustacheSymbol("name"), .null)
        let data: MustacheValue = ["name": "yttre", "inner": .object(inner)]
        #expect(try TestRendering.render("[{{#inner}}{{name}}{{/inner}}]", data) == "[]")
    }

    @Test func aLeftOutFieldLetsAnOuterOneShow() throws {
        let data: MustacheValue = ["name": "yttre", "inner": ["other": 1]]
        #expect(try TestRendering.render("[{{#inner}}{{name}}{{/inner}}]", data) == "[yttre]")
    }
}
