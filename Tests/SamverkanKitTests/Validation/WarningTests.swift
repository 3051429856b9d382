import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// One test per warning: the exact line a communicator reads, and that a warning fails a run
/// only under `--strict`.
@Suite struct WarningTests {
    static let meetingPath = DiagnosticTests.meetingPath
    static let plannedPath = "content/meetings/2025/2025-01-30-sro.md"

    func replacing(_ old: String, with new: String, in path: String = meetingPath) throws -> InMemoryFileSystem {
        var files = Fixture.fileSystem()
        let text = String(decoding: try #require(files.contents[path]), as: UTF8.self)
        try #require(text.contains(old), "\(path) has no '\(old)'")
        files.write(text.replacingOccurrences(of: old, with: new), to: path)
        return files
    }

    /// Checks and builds; expects `expected` among the lines, success, and the site written.
    func expectWarning(_ files: InMemoryFileSystem, _ expected: String, today: CalendarDate = Fixture.today,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (checked, lines) = Fixture.check(files, today: today)
        #expect(lines.contains(expected), "got: \(lines.joined(separator: "\n"))", sourceLocation: sourceLocation)
        #expect(checked.exitStatus == 0, sourceLocation: sourceLocation)
        let writer = InMemorySiteWriter()
        let built = SiteBuilder(fileSystem: files, writer: writer).build(BuildOptions(today: today))
        #expect(built.exitStatus == 0, sourceLocation: sourceLocation)
        #expect(writer.site(at: "site")?["index.html"] != nil, "a warning stopped the build", sourceLocation: sourceLocation)
    }

    @Test func plannedMeetingWhoseDayHasPassed() throws {
        let afterIt = CalendarDate(year: 2025, month: 2, day: 1)!
        expectWarning(Fixture.fileSystem(),
                      "content/meetings/2025/2025-01-30-sro.md:4:9: warning: mötet 2025-01-30 är planerat men dagen har passerat och protokollet saknas — skriv in protokollet och sätt status: held, eller status: cancelled om mötet ställdes in",
                      today: afterIt)
        // On its own day it is not late yet.
        let (_, lines) = Fixture.check(Fixture.fileSystem(), today: CalendarDate(year: 2025, month: 1, day: 30)!)
        #expect(lines.isEmpty)
    }

    @Test func participantSpelledTwoWays() throws {
        var files = try replacing("      - name: Miguel Odhner\n", with: "      - name: Marina Johanson\n        absent: true\n      - name: Miguel Odhner\n")
        // Another meeting spells her as the first one did: the more common spelling is the one to keep.
        let planned = String(decoding: files.contents[Self.plannedPath]!, as: UTF8.self)
        files.write(planned.replacingOccurrences(of: "status: planned\n", with: "participants:\n  - group: SRO\n    members:\n      - name: Marina Johansson\n"), to: Self.plannedPath)
        expectWarning(files, "content/meetings/2024/2024-10-03-sro.md:17:15: warning: deltagaren 'Marina Johanson' stavas 'Marina Johansson' på 2 andra ställen — skriv namnet likadant överallt, så att personen går att hitta")
    }

    @Test func namesThatOnlyLookAlikeAreDifferentPeople() throws {
        let files = try replacing("      - name: Miguel Odhner\n", with: "      - name: Maria Johansson\n      - name: Miguel Odhner\n")
        let (_, lines) = Fixture.check(files)
        #expect(lines.isEmpty, "got: \(lines)")
    }

    @Test func caseAndAccentsDoNotMakeANewPerson() throws {
        let files = try replacing("      - name: Miguel Odhner\n", with: "      - name: marina johansson\n      - name: Miguel Odhner\n")
        let (_, lines) = Fixture.check(files)
        #expect(lines.count == 1)
        #expect(lines.first?.contains("deltagaren 'marina johansson' stavas 'Marina Johansson'") == true, "got: \(lines)")
    }

    @Test func topicUsedByOneMeetingOnly() throws {
        var files = Fixture.fileSystem()
        files.write("---\ntitle: Vårdval\n---\nOm vårdval.\n", to: "content/topics/vardval.md")
        let text = String(decoding: files.contents[Self.meetingPath]!, as: UTF8.self)
        files.write(text.replacingOccurrences(of: "topics: [avtal]\nparticipants", with: "topics: [avtal, vardval]\nparticipants"), to: Self.meetingPath)
        expectWarning(files, "content/topics/vardval.md:1: warning: ämnet 'vardval' används bara av ett möte — ett ämne samlar flera möten: koppla fler möten till det eller ta bort det")
    }

    @Test func topicUsedByNoMeeting() throws {
        var files = Fixture.fileSystem()
        files.write("---\ntitle: Vårdval\n---\nOm vårdval.\n", to: "content/topics/vardval.md")
        expectWarning(files, "content/topics/vardval.md:1: warning: ämnet 'vardval' används inte av något möte — skriv topics: [vardval] i de möten det gäller, eller ta bort filen")
    }

    @Test func strictTurnsWarningsIntoFailuresAndWritesNothing() throws {
        let files = try replacing("title: Mötesanteckning SRO", with: "titel: Mötesanteckning SRO")
        let writer = InMemorySiteWriter()
        let strict = SiteBuilder(fileSystem: files, writer: writer).build(BuildOptions(today: Fixture.today, strict: true))
        #expect(strict.diagnostics.errors.isEmpty)
        #expect(strict.diagnostics.warnings.count == 1)
        #expect(strict.exitStatus == 1)
        #expect(writer.site(at: "site") == nil)
        let checked = SiteBuilder(fileSystem: files).check(BuildOptions(today: Fixture.today, strict: true))
        #expect(checked.exitStatus == 1)
    }
}
