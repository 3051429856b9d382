import SamverkanMustache
import Testing

@Suite("Parse errors: every message, at its place")
struct ParseErrorTests {
    private func error(_ line: Int, _ column: Int, _ message: String, _ hint: String) -> MustacheError {
        MustacheError(templateName: TestRendering.name, line: line, column: column, message: message, hint: hint)
    }

    @Test func unclosedSectionIsReportedAtItsOpeningTag() {
        let template = "<dl>\n  <dd>{{#secretary}}{{name}}\n</dl>\n"
        #expect(TestRendering.parseError(template) == error(
            2, 7, "en sektion {{#secretary}} avslutas aldrig", "skriv {{/secretary}} där sektionen slutar"))
    }

    @Test func unclosedInvertedSectionParentAndBlock() {
        #expect(TestRendering.parseError("{{^items}}") == error(
            1, 1, "en inverterad sektion {{^items}} avslutas aldrig", "skriv {{/items}} där sektionen slutar"))
        #expect(TestRendering.parseError("\n{{<base}}\n") == error(
            2, 1, "ett arv {{<base}} avslutas aldrig", "skriv {{/base}} där arvet slutar"))
        #expect(TestRendering.parseError("{{<base}}{{$main}}{{/base}}") == error(
            1, 19, "{{/base}} avslutar {{$main}} från rad 1", "avsluta {{$main}} med {{/main}} före {{/base}}"))
        #expect(TestRendering.parseError("{{$main}}x") == error(
            1, 1, "ett block {{$main}} avslutas aldrig", "skriv {{/main}} där blocket slutar"))
    }

    @Test func innermostUnclosedSectionIsReported() {
        #expect(TestRendering.parseError("{{#a}}\n{{#b}}\n{{/b}}\n{{#c}}\n") == error(
            4, 1, "en sektion {{#c}} avslutas aldrig", "skriv {{/c}} där sektionen slutar"))
    }

    @Test func closingTagWithAnotherName() {
        let template = String(repeating: "\n", count: 11) + "{{#decisions}}\n  <p>{{text}}</p>\n{{/decision}}\n"
        #expect(TestRendering.parseError(template) == error(
            14, 1, "{{/decision}} avslutar {{#decisions}} från rad 12",
            "skriv {{/decisions}} om det är {{#decisions}} som slutar här, eller rätta namnet"))
    }

    @Test func closingAnOuterSectionFirst() {
        #expect(TestRendering.parseError("{{#a}}\n  {{^b}}\n{{/a}}") == error(
            3, 1, "{{/a}} avslutar {{^b}} från rad 2", "avsluta {{^b}} med {{/b}} före {{/a}}"))
    }

    @Test func closingTagWithNothingOpen() {
        #expect(TestRendering.parseError("text {{/x}}") == error(
            1, 6, "{{/x}} avslutar ingen sektion", "ta bort {{/x}} eller skriv {{#x}} där sektionen börjar"))
    }

    @Test func unclosedTag() {
        #expect(TestRendering.parseError("<p>{{title</p>") == error(
            1, 4, "taggen {{title avslutas aldrig med }}", "skriv }} direkt efter namnet: {{title}}"))
        #expect(TestRendering.parseError("å {{{bodyHTML}}") == error(
            1, 3, "taggen {{{bodyHTML avslutas aldrig med }}}", "skriv }}} direkt efter namnet: {{{bodyHTML}}}"))
        #expect(TestRendering.parseError("x {{") == error(
            1, 3, "taggen {{ avslutas aldrig med }}", "skriv }} direkt efter namnet: {{}}"))
    }

    @Test func tagAcrossLines() {
        #expect(TestRendering.parseError("<p>{{title\n<b>{{x}}</b>") == error(
            1, 4, "taggen {{title avslutas inte på sin rad", "skriv }} direkt efter namnet: {{title}}"))
    }

    @Test func unclosedComment() {
        #expect(TestRendering.parseError("a\n{{! en kommentar\nsom inte slutar") == error(
            2, 1, "kommentaren {{! avslutas aldrig med }}", "skriv }} där kommentaren slutar"))
    }

    @Test func emptyTags() {
        let hint = "skriv ett namn i taggen, till exempel {{title}}"
        #expect(TestRendering.parseError("{{}}") == error(1, 1, "taggen {{}} saknar namn", hint))
        #expect(TestRendering.parseError("{{ }}") == error(1, 1, "taggen {{ }} saknar namn", hint))
        #expect(TestRendering.parseError("{{#}}{{/}}") == error(1, 1, "taggen {{#}} saknar namn", hint))
        #expect(TestRendering.parseError("{{> }}") == error(1, 1, "taggen {{> }} saknar namn", hint))
        #expect(TestRendering.parseError("{{{}}}") == error(1, 1, "taggen {{{}}} saknar namn", hint))
    }

    @Test func nameWithSpace() {
        #expect(TestRendering.parseError("{{first name}}") == error(
            1, 1, "namnet \"first name\" i {{first name}} innehåller mellanslag",
            "ett namn är ett ord, eller ord med punkt emellan: {{layout.title}}"))
    }

    @Test func emptyNamePart() {
        let hint = "skriv ord med en punkt emellan, till exempel {{layout.title}}, eller {{.}} för värdet självt"
        #expect(TestRendering.parseError("{{a..b}}") == error(1, 1, "namnet \"a..b\" i {{a..b}} har en tom del mellan punkterna", hint))
        #expect(TestRendering.parseError("{{#.a}}{{/.a}}") == error(1, 1, "namnet \".a\" i {{#.a}} har en tom del mellan punkterna", hint))
        #expect(TestRendering.parseError("{{layout.}}") == error(1, 1, "namnet \"layout.\" i {{layout.}} har en tom del mellan punkterna", hint))
    }

    @Test func badDelimiters() {
        #expect(TestRendering.parseError("{{=<% %>}}") == error(
            1, 1, "ändringen av avgränsare {{=<% %>}} saknar = före }}", "skriv till exempel {{=<% %>=}}"))
        let countHint = "skriv en början och ett slut med mellanslag emellan, till exempel {{=<% %>=}}"
        #expect(TestRendering.parseError("{{=<%=}}") == error(1, 1, "ändringen av avgränsare {{=<%=}} ska ha två avgränsare", countHint))
        #expect(TestRendering.parseError("{{=a b c=}}") == error(1, 1, "ändringen av avgränsare {{=a b c=}} ska ha två avgränsare", countHint))
        #expect(TestRendering.parseError("{{=<= =>=}}") == error(
            1, 1, "avgränsaren \"<=\" i {{=<= =>=}} innehåller =", "välj avgränsare utan = och utan mellanslag, till exempel {{=<% %>=}}"))
    }

    @Test func messagesUseTheDelimitersInEffect() {
        #expect(TestRendering.parseError("{{=<% %>=}}\n<%#x%>") == error(
            2, 1, "en sektion <%#x%> avslutas aldrig", "skriv <%/x%> där sektionen slutar"))
    }

    @Test func nestingTooDeep() {
        let template = String(repeating: "{{#a}}", count: 101)
        #expect(TestRendering.parseError(template) == error(
            1, 601, "mallen har mer än 100 sektioner i varandra vid {{#a}}", "dela upp mallen i partialer"))
    }

    @Test func columnsCountCharacters() {
        #expect(TestRendering.parseError("åäö {{/x}}")?.column == 5)
    }

    @Test func libraryRegistrationThrowsTheSameError() {
        var library = MustacheLibrary()
        #expect(throws: MustacheError(templateName: "meeting", line: 1, column: 1, message: "en sektion {{#x}} avslutas aldrig",
                                      hint: "skriv {{/x}} där sektionen slutar")) {
            try library.register(name: "meeting", source: "{{#x}}")
        }
        #expect(library.templateNames.isEmpty)
    }

    @Test func errorDescriptionNamesThePlace() {
        let description = TestRendering.parseError("\n  {{/x}}")?.description
        #expect(description == "mall:2:3: {{/x}} avslutar ingen sektion (ta bort {{/x}} eller skriv {{#x}} där sektionen börjar)")
    }
}
