import Testing
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// One test per problem with assignments, report-backs and `items:`: the exact line a communicator
/// reads. Errors fail `check` and the build (which then writes nothing); the overdue warning does not.
@Suite struct AssignmentDiagnosticTests {
    static let giving = "content/meetings/2024/2024-10-03-sro.md"
    static let reporting = "content/meetings/2024/2024-10-20-styrgrupp.md"

    func fixture(_ path: String, replacing old: String, with new: String) throws -> InMemoryFileSystem {
        var files = Fixture.fileSystem()
        let text = String(decoding: try #require(files.contents[path]), as: UTF8.self)
        try #require(text.contains(old), "the fixture's \(path) has no '\(old)'")
        files.write(text.replacingOccurrences(of: old, with: new), to: path)
        return files
    }

    /// `check` and `build` both fail with exactly `expected` (and nothing else), and nothing is written.
    func expectOnly(_ files: InMemoryFileSystem, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (checked, lines) = Fixture.check(files)
        #expect(lines == [expected], sourceLocation: sourceLocation)
        #expect(checked.exitStatus == 1, sourceLocation: sourceLocation)
        let writer = InMemorySiteWriter()
        let built = SiteBuilder(fileSystem: files, writer: writer).build(BuildOptions(today: Fixture.today))
        #expect(built.exitStatus == 1, sourceLocation: sourceLocation)
        #expect(writer.site(at: "site") == nil, "a failed build wrote files", sourceLocation: sourceLocation)
    }

    @Test func aReportOnAnUnknownAssignment() throws {
        expectOnly(try fixture(Self.reporting, replacing: "reports: avtalsforslag", with: "reports: avtalsforslg"),
                   "content/meetings/2024/2024-10-20-styrgrupp.md:11:14: error: återrapporteringen gäller ett okänt uppdrag 'avtalsforslg'; menade du 'avtalsforslag'? — kända uppdrag: avtalsforslag, ersattarlista")
    }

    @Test func anAssignmentIdOfOnlyDigits() throws {
        var files = try fixture(Self.giving, replacing: "id: ersattarlista", with: "id: 2025")
        let reporting = String(decoding: try #require(files.contents[Self.reporting]), as: UTF8.self)
        files.write(reporting.replacingOccurrences(of: "reports: ersattarlista", with: "reports: 2025"), to: Self.reporting)
        expectOnly(files,
                   "content/meetings/2024/2024-10-03-sro.md:49:11: error: uppdragets id '2025' är bara siffror och skulle krocka med årssidan /uppdrag/2025/ — ge uppdraget ett id med bokstäver, t.ex. 2025-forslag")
    }

    @Test func anAssignmentIdUsedTwice() throws {
        expectOnly(try fixture(Self.reporting, replacing: "    kind: noterar\n", with: "    kind: ger uppdrag\n    assignment:\n      id: ersattarlista\n"),
                   "content/meetings/2024/2024-10-20-styrgrupp.md:11:11: error: uppdraget 'ersattarlista' finns redan (content/meetings/2024/2024-10-03-sro.md:49:11) — ge uppdraget ett eget id; ett id följer ett uppdrag hela vägen")
    }

    @Test func aReportDatedBeforeItsAssignment() throws {
        var files = Fixture.fileSystem()
        files.write("---\nbody: styrgrupp\ndate: 2024-09-01\ndecisions:\n  - kind: noterar\n    text: Förslaget är klart.\n    reports: avtalsforslag\n---\n",
                    to: "content/meetings/2024/2024-09-01-styrgrupp.md")
        expectOnly(files, "content/meetings/2024/2024-09-01-styrgrupp.md:7:14: error: återrapporteringen (2024-09-01) är daterad före uppdraget 'avtalsforslag' (2024-10-03, 2024-10-03-sro) — kontrollera reports: och mötenas datum")
    }

    @Test func anAssignmentOnADecisionThatGivesNone() throws {
        expectOnly(try fixture(Self.giving, replacing: "    kind: ger uppdrag\n    text: SRO ger förbundsdirektörerna",
                               with: "    kind: beslutar\n    text: SRO ger förbundsdirektörerna"),
                   "content/meetings/2024/2024-10-03-sro.md:49:7: error: bara ett ställningstagande av typen 'ger uppdrag' kan ge ett uppdrag (det här är 'beslutar') — skriv kind: ger uppdrag, eller ta bort assignment")
    }

    @Test func anAssignmentIdThatIsNotAnId() throws {
        var files = try fixture(Self.giving, replacing: "id: ersattarlista", with: "id: Ersättare")
        let reporting = String(decoding: try #require(files.contents[Self.reporting]), as: UTF8.self)
        files.write(reporting.replacingOccurrences(of: "reports: ersattarlista", with: "reports: Ersättare"), to: Self.reporting)
        expectOnly(files, "content/meetings/2024/2024-10-03-sro.md:49:11: error: ogiltigt id 'Ersättare' för uppdraget — använd bara små bokstäver a–z utan å, ä, ö, siffror och bindestreck (men inte Windows namn con, prn, aux, nul, com1–9, lpt1–9)")
    }

    @Test func aDueDateThatIsNotADate() throws {
        expectOnly(try fixture(Self.giving, replacing: "due: 2025-03", with: "due: mars 2025"),
                   "content/meetings/2024/2024-10-03-sro.md:44:12: error: ogiltigt datum 'mars 2025' i fältet 'due' — skriv ÅÅÅÅ-MM-DD, eller \"ÅÅÅÅ-MM\" när bara månaden är känd")
    }

    @Test func completesWithoutAReport() throws {
        expectOnly(try fixture(Self.reporting, replacing: "    reports: avtalsforslag\n    completes: false", with: "    completes: false"),
                   "content/meetings/2024/2024-10-20-styrgrupp.md:11:16: error: fältet 'completes' hör till en återrapportering — lägg till reports: <uppdragets id>, eller ta bort completes")
    }

    @Test func itemsNamingAnItemThatDoesNotExist() throws {
        expectOnly(try fixture(Self.reporting, replacing: "  - item: 1\n    topics: [avtal]", with: "  - item: 4\n    topics: [avtal]"),
                   "content/meetings/2024/2024-10-20-styrgrupp.md:18:11: error: items nämner punkt 4, som inte finns i dagordningen (punkter: 1, 2) — rätta item, eller skriv rubriken ## 4. … i texten")
    }

    @Test func itemsNamingAnUnknownTopic() throws {
        expectOnly(try fixture(Self.reporting, replacing: "  - item: 1\n    topics: [avtal]", with: "  - item: 1\n    topics: [avtl]"),
                   "content/meetings/2024/2024-10-20-styrgrupp.md:19:14: error: okänt ämne 'avtl'; menade du 'avtal'? — ämnen måste ha en fil i topics/ (kända: avtal)")
    }

    /// Open after its due date: a warning at the due date; the build still publishes.
    @Test func anOverdueAssignmentIsAWarning() throws {
        let today = CalendarDate(year: 2025, month: 4, day: 1)!
        let files = Fixture.fileSystem()
        let (checked, lines) = Fixture.check(files, today: today)
        #expect(lines.contains("content/meetings/2024/2024-10-03-sro.md:44:12: warning: uppdraget 'avtalsforslag' skulle återrapporteras 2025-03 men är inte avslutat — lägg till reports: avtalsforslag på det ställningstagande som redovisar uppdraget, eller ändra due"))
        #expect(!lines.contains { $0.contains("ersattarlista") }, "a completed assignment is never overdue")
        #expect(checked.exitStatus == 0)
        let (built, site) = Fixture.build(files, today: today)
        #expect(built.exitStatus == 0)
        #expect(site["uppdrag/index.html"]?.contains(#"<h2 id="uppdrag-forsenade">Försenade</h2>"#) == true)
    }

    /// The due month is not over until its last day: not overdue on 31 March for "2025-03".
    @Test func aDueMonthRunsToItsLastDay() {
        let (_, lines) = Fixture.check(Fixture.fileSystem(), today: CalendarDate(year: 2025, month: 3, day: 31)!)
        #expect(!lines.contains { $0.contains("avtalsforslag") })
    }
}
