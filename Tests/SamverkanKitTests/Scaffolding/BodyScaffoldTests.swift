import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

@Suite struct BodyScaffoldTests {
    @Test func aNewBodyHasTheRequiredFieldsAndPassesCheck() throws {
        let before = Fixture.fileSystem()
        var files = before
        let result = ScaffoldRun.body(.init(id: "lakemedel", name: "Arbetsgrupp läkemedel: uppföljning", short: "AG läkemedel"), in: &files)
        #expect(ScaffoldRun.lines(result) == [])
        #expect(result.created?.summary == "Skapade content/bodies/lakemedel.md (name: Arbetsgrupp läkemedel: uppföljning, "
            + "kind: arbetsgrupp; skriv organets beskrivning under front matter).")
        #expect(ScaffoldRun.text(files, "content/bodies/lakemedel.md") == """
            ---
            # Organets fält; en rad som börjar med # är ett exempel: ta bort # för att använda den.
            # Hela namnet, som det står i rubriker. Krävs.
            name: "Arbetsgrupp läkemedel: uppföljning"
            # Kort namn, i listor och mötestitlar. Förval: inget (hela namnet används).
            short: AG läkemedel
            # politisk, tjänsteperson eller arbetsgrupp. Krävs.
            kind: arbetsgrupp
            # Parterna som organet samlar. Förval: inga.
            # parties: [Regionen, Kommunförbundet]
            # Plats i listan över organ (lägst först). Förval: efter de numrerade, i namnordning.
            order: 3
            # Under raden --- nedan: vad organet är, dess uppdrag och hur ofta det möts (Markdown).
            ---

            """)
        let body = try #require(ScaffoldRun.load(files)?.bodiesByID["lakemedel"])
        #expect(body.name == "Arbetsgrupp läkemedel: uppföljning")
        #expect(body.kind == .workingGroup)
        #expect(ScaffoldRun.newDiagnostics(files, comparedWith: before) == [])
        let (built, site) = Fixture.build(files)
        #expect(built.succeeded)
        #expect(site["organ/lakemedel/index.html"] != nil)
    }

    @Test func aMeetingOfANewBodyHasNoParticipantsToCopyAndPassesCheck() throws {
        let before = Fixture.fileSystem()
        var files = before
        _ = ScaffoldRun.body(.init(id: "politiker", kind: "politisk"), in: &files)
        let result = ScaffoldRun.meeting(.init(body: "politiker", date: "2026-12-03"), in: &files)
        #expect(result.created?.summary == "Skapade content/meetings/2026/2026-12-03-politiker.md "
            + "(inga deltagare att kopiera: inget tidigare möte med Politiker har en deltagarlista).")
        let text = try #require(ScaffoldRun.text(files, "content/meetings/2026/2026-12-03-politiker.md"))
        // The full shape of a first meeting, commented: FirstMeetingScaffoldTests has it whole.
        #expect(text.hasPrefix("---\nbody: politiker\ndate: 2026-12-03\nstatus: held\n# Organets första möte"))
        #expect(ScaffoldRun.load(files)?.bodiesByID["politiker"]?.kind == .political)
        #expect(ScaffoldRun.newDiagnostics(files, comparedWith: before,
                                                  // The minutes are written once the meeting has been held.
                                                  today: CalendarDate(year: 2026, month: 12, day: 3)!) == [])
    }

    @Test func withoutAShortNameEveryFieldOfABodyIsStillShownCommented() throws {
        var files = Fixture.fileSystem()
        _ = ScaffoldRun.body(.init(id: "ny"), in: &files)
        let text = try #require(ScaffoldRun.text(files, "content/bodies/ny.md"))
        #expect(text.contains("\n# short: SRO\n"))
        for field in Body.knownFields {
            #expect(text.contains("\n\(field): ") || text.contains("\n# \(field): "), "no \(field) in the new body")
        }
        #expect(ScaffoldRun.load(files)?.bodiesByID["ny"]?.short == nil)
    }

    @Test func anExistingBodyIsNeverOverwritten() {
        var files = Fixture.fileSystem()
        let original = files.contents["content/bodies/sro.md"]
        let result = ScaffoldRun.body(.init(id: "sro"), in: &files)
        #expect(ScaffoldRun.lines(result) == [
            "content/bodies/sro.md: error: filen finns redan och skrivs inte över — redigera den i stället, eller välj ett annat id",
        ])
        #expect(files.contents["content/bodies/sro.md"] == original)
    }

    @Test func anInvalidIdIsAnErrorWithAValidSuggestion() {
        var files = Fixture.fileSystem()
        let result = ScaffoldRun.body(.init(id: "Arbetsgrupp Läkemedel"), in: &files)
        #expect(ScaffoldRun.lines(result) == [
            "<id>: error: ogiltigt id 'Arbetsgrupp Läkemedel' för ett organ — använd bara små bokstäver a–z utan å, ä, ö, "
                + "siffror och bindestreck (men inte Windows namn con, prn, aux, nul, com1–9, lpt1–9), t.ex. arbetsgrupp-lakemedel",
        ])
        for id in ["../sro", "-sro", "sro-", "", "sro.md", "con", "lpt1"] {
            #expect(ScaffoldRun.body(.init(id: id), in: &files).created == nil, "accepted '\(id)'")
        }
        #expect(files.contents.count == Fixture.fileSystem().contents.count)
    }

    @Test func anUnknownKindAndAnEmptyNameAreErrors() {
        var files = Fixture.fileSystem()
        let result = ScaffoldRun.body(.init(id: "ny", name: "  ", kind: "politiskt"), in: &files)
        #expect(ScaffoldRun.lines(result) == [
            "namn: error: namnet är tomt — skriv organets hela namn, t.ex. \"Arbetsgrupp läkemedel\"",
            "typ: error: okänd typ 'politiskt' för ett organ; menade du 'politisk'? — tillåtna värden: politisk, tjänsteperson, arbetsgrupp",
        ])
    }

    @Test func theDefaultNameIsTheIdInWords() {
        #expect(BodyScaffold.defaultName("arbetsgrupp-lakemedel") == "Arbetsgrupp lakemedel")
        #expect(BodyScaffold.suggestedID("  Gemensam Styrgrupp (ny) ") == "gemensam-styrgrupp-ny")
    }
}
