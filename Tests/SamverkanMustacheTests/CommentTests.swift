import SamverkanMustache
import Testing

@Suite("Comments: {{! … }}")
struct CommentTests {
    @Test func commentRendersNothing() throws {
        #expect(try TestRendering.render("a{{! b }}c") == "ac")
    }

    @Test func standaloneMultilineCommentTakesItsLines() throws {
        let template = """
        {{! Grundmall: html, head och sidfot.
            Fälten under layout.* finns på alla sidor. }}
        <!DOCTYPE html>

        """
        #expect(try TestRendering.render(template) == "<!DOCTYPE html>\n")
    }

    @Test func commentMayHoldSingleBracesAndOpeningDelimiters() throws {
        #expect(try TestRendering.render("[{{! {x} {{y }}]") == "[]")
    }

    @Test func commentEndsAtTheFirstClosingDelimiter() throws {
        // The rest after the first }} is text: the templates' own note says never to write }} in a comment.
        #expect(try TestRendering.render("{{! a }} b }}") == " b }}")
    }
}
