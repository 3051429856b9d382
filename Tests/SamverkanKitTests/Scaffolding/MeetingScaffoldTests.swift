import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

@Suite struct MeetingScaffoldTests {
    static let newPath = "content/meetings/2026/2026-12-03-sro.md"

    @Test func aHeldMeetingIsFilledInFromTheBodysEarlierMeetings() throws {
        var files = Fixture.fileSystem()
        let result = ScaffoldRun.meeting(.init(body: "sro", date: "2026-12-03"), in: &files)
        #expect(ScaffoldRun.lines(result) == [])
        #expect(result.created?.summary == "Skapade content/meetings/2026/2026-12-03-sro.md (deltagare från mötet 2024-10-03).")
        // Place: the fixture's two SRO meetings tie, so the most recent place wins (Centralhuset, no format).
        #expect(ScaffoldRun.text(files, Self.newPath) == """
            ---
            body: sro
            date: 2026-12-03
            status: held
            start: "13:00"
            end: "15:00"
            location: Centralhuset
            participants:
              - group: Kommunpolitiker
                members:
                  - name: Marina Johansson
                    party: S
                    org: Göteborgsregionen
                    role: vice ordförande
                  - name: Miguel Odhner
                    party: S
                    org: Göteborgsregionen
            secretary: Rebecca Bretvold
            # Frånvarande: skriv absent: true under namnet (och replaced_by: Namn för en ersättare).
            # Ställningstaganden skrivs så här (ta bort # i början av raderna):
            # decisions:
            #   - item: 2
            #     kind: godkänner
            #     text: Dagens agenda godkänns.
            ---
            ## 1. Mötets öppnande

            ### a. Närvaro/frånvaro

            ### b. Övriga frågor

            ## 2. Godkännande av dagens agenda

            ## 3. Föregående mötesanteckning

            ## 4. Ärende

            ## 5. Mötets avslutande

            """)
    }

    @Test func theGeneratorReadsTheNewMeetingWithEveryonePresent() throws {
        var files = Fixture.fileSystem()
        _ = ScaffoldRun.meeting(.init(body: "sro", date: "2026-12-03"), in: &files)
        let meeting = try #require(ScaffoldRun.load(files)?.meetingsBySlug["2026-12-03-sro"])
        #expect(meeting.body.value == "sro")
        #expect(meeting.date == CalendarDate(year: 2026, month: 12, day: 3))
        #expect(meeting.status == .held)
        #expect(meeting.start?.description == "13:00" && meeting.end?.description == "15:00")
        #expect(meeting.location == "Centralhuset")
        let members = meeting.participantGroups.flatMap(\.members)
        #expect(members.map(\.name) == ["Marina Johansson", "Miguel Odhner"])
        #expect(members.allSatisfy { !$0.absent && $0.replacedBy == nil })
        #expect(meeting.secretary == "Rebecca Bretvold")
    }

    @Test func theScaffoldedMeetingPassesCheckAndBuildsWithAgendaAnchors() throws {
        let before = Fixture.fileSystem()
        var files = before
        let result = ScaffoldRun.meeting(.init(body: "sro", date: "2026-12-03"), in: &files)
        #expect(result.succeeded)
        let (report, _) = Fixture.check(files)
        #expect(!report.diagnostics.hasErrors)
        #expect(ScaffoldRun.newDiagnostics(files, comparedWith: before,
                                                  // The minutes are written once the meeting has been held.
                                                  today: CalendarDate(year: 2026, month: 12, day: 3)!) == [])

        let (built, site) = Fixture.build(files)
        #expect(built.succeeded)
        let page = try #require(site["moten/2026/2026-12-03-sro/index.html"])
        for anchor in ["punkt-1", "punkt-1a", "punkt-1b", "punkt-2", "punkt-3", "punkt-4", "punkt-5"] {
            #expect(page.contains("id=\"\(anchor)\""), "missing #\(anchor)")
        }
        #expect(page.contains("SRO 3 december 2026"))
    }

    @Test func aPlannedMeetingHasPlaceAndTimesButNoParticipantsOrText() throws {
        let before = Fixture.fileSystem()
        var files = before
        let result = ScaffoldRun.meeting(.init(body: "sro", date: "2026-12-03", planned: true), in: &files)
        #expect(result.created?.summary == "Skapade content/meetings/2026/2026-12-03-sro.md (planerat möte).")
        #expect(ScaffoldRun.text(files, Self.newPath) == """
            ---
            body: sro
            date: 2026-12-03
            status: planned
            start: "13:00"
            end: "15:00"
            location: Centralhuset
            ---

            """)
        #expect(ScaffoldRun.newDiagnostics(files, comparedWith: before) == [])
        let (_, site) = Fixture.build(files)
        #expect(try #require(site["kommande/index.html"]).contains("torsdag 3 december 2026"))
    }

    @Test func anExistingMeetingIsNeverOverwritten() throws {
        var files = Fixture.fileSystem()
        let path = "content/meetings/2024/2024-10-03-sro.md"
        let original = files.contents[path]
        let result = ScaffoldRun.meeting(.init(body: "sro", date: "2024-10-03"), in: &files)
        #expect(result.created == nil)
        #expect(ScaffoldRun.lines(result) == [
            "content/meetings/2024/2024-10-03-sro.md: error: filen finns redan och skrivs inte över — redigera den i stället, "
                + "välj ett annat datum, eller skapa ett andra möte samma dag med mötesnummer 2",
        ])
        #expect(files.contents[path] == original)
    }

    @Test func aFileThatAppearsAfterReadingIsNotOverwrittenEither() throws {
        let files = Fixture.fileSystem()
        var raced = files
        raced.write("---\nbody: sro\n---\n", to: Self.newPath)
        let writer = InMemoryScaffoldWriter(existing: raced)
        let result = Scaffolder(fileSystem: files, writer: writer).newMeeting(.init(body: "sro", date: "2026-12-03"), contentDirectory: "content")
        #expect(writer.created.isEmpty)
        #expect(ScaffoldRun.lines(result).first?.hasPrefix("content/meetings/2026/2026-12-03-sro.md: error: filen finns redan") == true)
    }

    @Test func aSecondMeetingTheSameDayTakesNumberTwo() throws {
        let before = Fixture.fileSystem()
        var files = before
        let result = ScaffoldRun.meeting(.init(body: "sro", date: "2024-10-03", number: "2"), in: &files)
        #expect(result.created?.path == "content/meetings/2024/2024-10-03-sro-2.md")
        #expect(ScaffoldRun.newDiagnostics(files, comparedWith: before) == [])
        // Asked again, the refusal names the next free number.
        let again = ScaffoldRun.meeting(.init(body: "sro", date: "2024-10-03", number: "2"), in: &files)
        #expect(ScaffoldRun.lines(again) == [
            "content/meetings/2024/2024-10-03-sro-2.md: error: filen finns redan och skrivs inte över — redigera den i stället, "
                + "välj ett annat datum, eller skapa ett andra möte samma dag med mötesnummer 3",
        ])
    }

    @Test func anUnknownBodyListsTheKnownOnesAndSuggestsTheClosest() {
        var files = Fixture.fileSystem()
        let result = ScaffoldRun.meeting(.init(body: "sr", date: "2026-12-03"), in: &files)
        #expect(ScaffoldRun.lines(result) == [
            "organ: error: okänt organ 'sr' (kända: sro, styrgrupp); menade du 'sro'? — ange ett organ med ett id från "
                + "content/bodies/, eller skapa organet först med samverkan new body sr",
        ])
        #expect(files.contents.count == Fixture.fileSystem().contents.count)
    }

    @Test func aBadDateAndABadNumberAreReportedTogetherWithABadBody() {
        var files = Fixture.fileSystem()
        let result = ScaffoldRun.meeting(.init(body: "SRO", date: "2026-02-30", number: "1"), in: &files)
        #expect(ScaffoldRun.lines(result) == [
            "datum: error: '2026-02-30' är inte ett datum — skriv ÅÅÅÅ-MM-DD, t.ex. 2026-12-03",
            "mötesnummer: error: '1' är inget giltigt mötesnummer — nummer 2 skapar organets andra möte samma dag (…-2.md), "
                + "nummer 3 det tredje; utan nummer skapas det första",
            "organ: error: okänt organ 'SRO' (kända: sro, styrgrupp); menade du 'sro'? — ange ett organ med ett id från content/bodies/",
        ])
        #expect(result.created == nil)
    }

    @Test func aMissingContentFolderIsAnErrorNotACrash() {
        let files = InMemoryFileSystem()
        let result = Scaffolder(fileSystem: files, writer: InMemoryScaffoldWriter())
            .newMeeting(.init(body: "sro", date: "2026-12-03"), contentDirectory: "content")
        #expect(ScaffoldRun.lines(result) == [
            "content: error: innehållsmappen finns inte — ange rätt innehållsmapp, eller skapa content/site.yml",
        ])
    }

    @Test func onTheRealContentParticipantsComeFromTheLatestHeldMeetingWithoutSubstitutes() throws {
        let before = Fixture.realSite()
        var files = before
        let sro = ScaffoldRun.meeting(.init(body: "sro", date: "2026-12-03"), in: &files)
        #expect(sro.created?.summary == "Skapade content/meetings/2026/2026-12-03-sro.md (deltagare från mötet 2024-10-03).")
        let text = try #require(ScaffoldRun.text(files, Self.newPath))
        #expect(text.contains("location: Stationshuset Lejonet\nformat: fysiskt\n"))
        #expect(text.contains("start: \"13:00\"\nend: \"15:00\"\n"))
        #expect(!text.contains("        absent:") && !text.contains("replaced_by:\n") && !text.contains("        replaced_by:"))

        let styrgrupp = ScaffoldRun.meeting(.init(body: "gemensam-styrgrupp", date: "2026-05-20"), in: &files)
        #expect(styrgrupp.created?.note == "deltagare från mötet 2026-01-26")
        let meeting = try #require(ScaffoldRun.load(files)?.meetingsBySlug["2026-05-20-gemensam-styrgrupp"])
        let names = meeting.participantGroups.flatMap(\.members).map(\.name)
        #expect(names.contains("Babbs Edberg") && names.contains("Karin Hallberg"))
        #expect(!names.contains("Annica Hemberg") && !names.contains("Monica Bondesson"))
        #expect(meeting.participantGroups.flatMap(\.members).allSatisfy { !$0.absent && $0.replacedBy == nil })
        // Two meetings, two places: the tie goes to the latest (2026-03-20, Teams).
        #expect(meeting.location == "Teams" && meeting.format == .online)
        #expect(meeting.start?.description == "13:00" && meeting.end?.description == "14:30")

        #expect(ScaffoldRun.newDiagnostics(files, comparedWith: before,
                                                  // The minutes are written once the meeting has been held.
                                                  today: CalendarDate(year: 2026, month: 12, day: 3)!) == [])
    }

    @Test func theUsualPlaceIsTheMostCommonAndTiesGoToTheLatest() {
        #expect(MeetingScaffold.mostCommon(["a", "b", "b", "a", "c"]) == "a")
        #expect(MeetingScaffold.mostCommon(["a", "b", "b", "c"]) == "b")
        #expect(MeetingScaffold.mostCommon([String]()) == nil)
    }
}
