import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

@Suite struct DiagnosticPrinterTests {
    let diagnostics = DiagnosticList([
        .warning(SourceLocation(path: "content/topics/a,b.md", line: 1), "ämnet 'a' används inte av något möte", hint: "ta bort filen"),
        .error(SourceLocation(path: "content/meetings/2024/2024-10-03-sro.md", line: 3, column: 7), "'2024-13-01' är inte ett datum: 100% fel\nrad två"),
    ])

    @Test func textIsOneLinePerProblemSortedByPlaceThenACount() {
        #expect(DiagnosticPrinter.report(diagnostics) == """
            content/meetings/2024/2024-10-03-sro.md:3:7: error: '2024-13-01' är inte ett datum: 100% fel
            rad två
            content/topics/a,b.md:1: warning: ämnet 'a' används inte av något möte — ta bort filen
            1 fel, 1 varning

            """)
    }

    @Test func jsonCarriesEveryFieldForTools() throws {
        let text = DiagnosticPrinter.json(diagnostics, succeeded: false)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        #expect(document["ok"] as? Bool == false)
        #expect(document["errors"] as? Int == 1)
        #expect(document["warnings"] as? Int == 1)
        let items = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[0]["path"] as? String == "content/meetings/2024/2024-10-03-sro.md")
        #expect(items[0]["line"] as? Int == 3)
        #expect(items[0]["column"] as? Int == 7)
        #expect(items[0]["severity"] as? String == "error")
        #expect(items[0]["hint"] == nil)
        #expect(items[1]["hint"] as? String == "ta bort filen")
    }

    @Test func githubAnnotationsEscapeWhatWouldBreakThem() {
        #expect(DiagnosticPrinter.github(diagnostics) == """
            ::error file=content/meetings/2024/2024-10-03-sro.md,line=3,col=7,title=samverkan::'2024-13-01' är inte ett datum: 100%25 fel%0Arad två
            ::warning file=content/topics/a%2Cb.md,line=1,title=samverkan::ämnet 'a' används inte av något möte — ta bort filen

            """)
    }
}
