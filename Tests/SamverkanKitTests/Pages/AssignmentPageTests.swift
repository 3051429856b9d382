import Testing
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// What a reader sees of assignments on the register, on an assignment's page and beside the
/// decisions: the fixture's SRO meeting (2024-10-03) gives `avtalsforslag` (due March 2025) and
/// `ersattarlista` (due 31 October 2024); the steering group (2024-10-20) reports on the first and
/// completes the second. The golden files hold the pages as built on 1 November 2024.
@Suite struct AssignmentPageTests {
    static let inApril = Fixture.build(Fixture.fileSystem(), today: CalendarDate(year: 2025, month: 4, day: 1)!)
    static let onTheLastDayOfMarch = Fixture.build(Fixture.fileSystem(), today: CalendarDate(year: 2025, month: 3, day: 31)!)

    /// The `<section>` of the register with this heading id, or nil.
    func section(_ id: String, of page: String) -> Substring? {
        guard let start = page.range(of: "<h2 id=\"\(id)\">") else { return nil }
        let rest = page[start.lowerBound...]
        return rest[..<(rest.range(of: "</section>")?.lowerBound ?? rest.endIndex)]
    }

    @Test func anOpenAssignmentPastItsDueMonthIsListedAsOverdue() throws {
        let (report, site) = Self.inApril
        #expect(report.exitStatus == 0, "an overdue assignment is a warning, not an error")
        let register = try #require(site["uppdrag/index.html"])
        #expect(register.contains("Status per 1 april 2025."))
        let overdue = try #require(section("uppdrag-forsenade", of: register))
        #expect(overdue.contains(#"<span class="status status--forsenat">Försenat</span> <a href="avtalsforslag/index.html">"#))
        #expect(section("uppdrag-pagaende", of: register) == nil, "no open assignment is left")
        #expect(try #require(section("uppdrag-avslutade", of: register)).contains("ersattarlista/index.html"))
        let meeting = try #require(site["moten/2024/2024-10-03-sro/index.html"])
        #expect(meeting.contains(#"<span class="status status--forsenat">Försenat</span> <a href="../../../uppdrag/avtalsforslag/index.html">Uppdrag</a>"#))
    }

    @Test func aDueMonthRunsToItsLastDay() throws {
        let register = try #require(Self.onTheLastDayOfMarch.1["uppdrag/index.html"])
        #expect(section("uppdrag-forsenade", of: register) == nil)
        #expect(try #require(section("uppdrag-pagaende", of: register)).contains("avtalsforslag/index.html"))
    }

    @Test func eachReportBackIsAnItemOfItsOwnInTheRegister() throws {
        var files = Fixture.fileSystem()
        files.write("""
            ---
            body: styrgrupp
            date: 2024-10-28
            decisions:
              - item: 1
                kind: noterar
                text: Styrgruppen noterar att avtalsförslaget är klart.
                reports: avtalsforslag
            ---
            ## 1. Avtalsförslaget

            Klart.

            """, to: "content/meetings/2024/2024-10-28-styrgrupp.md")
        let (report, site) = Fixture.build(files, today: CalendarDate(year: 2024, month: 11, day: 1)!)
        #expect(report.exitStatus == 0)
        let register = try #require(site["uppdrag/index.html"])
        let entry = try #require(register.range(of: #"<a href="avtalsforslag/index.html">"#).map { register[$0.lowerBound...] })
        let facts = entry[..<(entry.range(of: "</dl>")?.lowerBound ?? entry.endIndex)]
        #expect(facts.contains(#"<dd><ul class="assignment-facts__reports"><li>Delredovisning: <a href="../moten/2024/2024-10-20-styrgrupp/index.html#beslut-1">"#),
                "the partial report is a list item of its own: \(facts)")
        #expect(facts.contains(#"</a></li><li>Slutredovisning: <a href="../moten/2024/2024-10-28-styrgrupp/index.html#beslut-1">"#),
                "the final report follows in an item of its own: \(facts)")
    }

    @Test func aCompletedAssignmentsPageEndsWithItsFinalReport() throws {
        let page = try #require(Fixture.build(Fixture.fileSystem()).1["uppdrag/ersattarlista/index.html"])
        #expect(page.contains(#"<dd><span class="status status--avslutat">Avslutat</span> 20 oktober 2024</dd>"#), "completed, and when")
        #expect(page.contains(#"<strong>Slutredovisning</strong> i Gemensam styrgrupp: <a href="../../moten/2024/2024-10-20-styrgrupp/index.html#beslut-2">"#))
        #expect(!page.contains("Återrapportering väntas"), "nothing is pending once it is completed")
        #expect(page.contains("<dd>förbundsdirektörerna</dd>"), "an assignee that is no body is shown as written, unlinked")
    }

    @Test func aSiteWithoutAssignmentsSaysSo() throws {
        var files = Fixture.fileSystem()
        for path in ["content/meetings/2024/2024-10-03-sro.md", "content/meetings/2024/2024-10-20-styrgrupp.md"] {
            let text = String(decoding: files.contents[path] ?? [], as: UTF8.self)
            let lines = text.components(separatedBy: "\n").filter { line in
                !["    assignment:", "      id:", "      to:", "      due:", "    reports:", "    completes:"].contains { line.hasPrefix($0) }
            }
            files.write(lines.joined(separator: "\n"), to: path)
        }
        let (report, site) = Fixture.build(files)
        #expect(report.exitStatus == 0)
        let register = try #require(site["uppdrag/index.html"])
        #expect(register.contains("<p>Inga uppdrag är inlagda ännu.</p>"))
        #expect(site["uppdrag/avtalsforslag/index.html"] == nil)
        #expect(LinkChecker.brokenLinks(in: site) == [])
    }
}
