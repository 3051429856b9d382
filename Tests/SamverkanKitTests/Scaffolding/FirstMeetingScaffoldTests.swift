import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// A body's first meeting: the whole shape of a meeting as commented examples, passing check as written.
@Suite struct FirstMeetingScaffoldTests {
    /// The front matter; the agenda after it is the one every held meeting gets (MeetingScaffoldTests has it).
    static let expected = frontMatter + MeetingScaffold.agenda
    static let frontMatter = """
        ---
        body: politiker
        date: 2026-12-03
        status: held
        # Organets första möte: exemplen nedan visar alla fält. Fyll i det som gäller och ta bort # i början
        # av raden; det som inte gäller tar du bort. Alla fält beskrivs i docs/content-format.md.
        # title: Mötesanteckning Politiker      # förval: organets korta namn och datumet
        # start: "13:00"
        # end: "15:00"
        # location: Kommunhuset, Storgatan 1, Exempelstad
        # format: fysiskt                      # fysiskt, digitalt eller hybrid
        # Deltagarna i grupper, i mötesanteckningens ordning:
        # participants:
        #   - group: Ledamöter
        #     members:
        #       - name: Förnamn Efternamn
        #         party: S                    # förtroendevalda; partiet ger personen en egen sida
        #         org: Exempelkommunen        # organisationen personen företräder
        #         role: ordförande
        #         # absent: true              # frånvarande: ta bort # här, under namnet på den som inte var med
        #         # replaced_by: Förnamn Ersättare   # och vem som ersatte personen, om någon gjorde det
        # secretary: Förnamn Efternamn        # vid anteckningarna
        # Ställningstaganden: item är dagordningspunktens nummer (2, eller 1b för en underpunkt).
        # decisions:
        #   - item: 2
        #     kind: godkänner                # noterar, godkänner, ställer sig bakom, beslutar, ger uppdrag, konstaterar
        #     text: Dagens agenda godkänns.
        #   - item: 4
        #     kind: ger uppdrag
        #     text: Politiker ger arbetsgruppen i uppdrag att ta fram ett förslag.
        #     assignment:                    # uppdraget följs på /uppdrag/<id>/
        #       id: forslag-exempel          # små bokstäver a–z, siffror och -; unikt på webbplatsen
        #       to: arbetsgruppen            # ett organs id, eller fri text
        #       due: 2027-03-31              # ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM / ÅÅÅÅ
        # En återrapportering av ett uppdrag, i ett senare möte:
        #   - item: 3
        #     kind: noterar
        #     text: Arbetsgruppen redovisade förslaget.
        #     reports: forslag-exempel       # id:t på uppdraget som redovisas
        #     completes: false               # bara en delredovisning; utan raden är uppdraget slutfört
        ---

        """

    @Test func aNameThatNeedsQuotingIsQuotedInTheExamples() throws {
        var files = Fixture.fileSystem()
        _ = ScaffoldRun.body(.init(id: "ag", name: "AG: läkemedel"), in: &files)
        _ = ScaffoldRun.meeting(.init(body: "ag", date: "2026-12-03"), in: &files)
        let text = try #require(ScaffoldRun.text(files, "content/meetings/2026/2026-12-03-ag.md"))
        #expect(text.contains("\n# title: \"Mötesanteckning AG: läkemedel\"      # förval"))
        #expect(text.contains("\n#     text: \"AG: läkemedel ger arbetsgruppen i uppdrag att ta fram ett förslag.\"\n"))
    }

    static let heldDay = CalendarDate(year: 2026, month: 12, day: 3)!

    @Test func aBodysFirstMeetingShowsTheWholeShapeAndPassesCheckAsWritten() throws {
        let before = Fixture.fileSystem()
        var files = before
        _ = ScaffoldRun.body(.init(id: "politiker", kind: "politisk"), in: &files)
        _ = ScaffoldRun.meeting(.init(body: "politiker", date: "2026-12-03"), in: &files)
        #expect(ScaffoldRun.text(files, "content/meetings/2026/2026-12-03-politiker.md") == Self.expected)
        #expect(ScaffoldRun.newDiagnostics(files, comparedWith: before, today: Self.heldDay) == [])
    }

    /// With every `#` taken away from the examples (the report-back moved to a later meeting), the
    /// file is a complete meeting: the examples are valid as they stand.
    @Test func theExamplesUncommentedAreAValidMeeting() throws {
        let before = Fixture.fileSystem()
        var files = before
        _ = ScaffoldRun.body(.init(id: "politiker", kind: "politisk"), in: &files)
        var lines = Self.expected.components(separatedBy: "\n")
        let reportStart = try #require(lines.firstIndex(of: "# En återrapportering av ett uppdrag, i ett senare möte:"))
        let report = Array(lines[(reportStart + 1)...(reportStart + 5)])
        lines.removeSubrange(reportStart...(reportStart + 5))
        // An example is a commented field (`# start: …`) or a line of a commented block (`#   - item: 2`);
        // the explanations (`# Deltagarna i grupper …`) stay comments.
        func uncommented(_ lines: [String]) -> [String] {
            lines.map { line in
                guard line.hasPrefix("# ") else { return line }
                let field = String(line.dropFirst(2))
                let word = field.prefix { $0.isLowercase || $0 == "_" }
                guard field.first == " " || (!word.isEmpty && field.dropFirst(word.count).hasPrefix(":")) else { return line }
                return field.replacingOccurrences(of: "# absent", with: "absent").replacingOccurrences(of: "# replaced_by", with: "replaced_by")
            }
        }
        files.write(uncommented(lines).joined(separator: "\n"), to: "content/meetings/2026/2026-12-03-politiker.md")
        let later = ["---", "body: politiker", "date: 2027-01-14", "# decisions:"] + report + ["---", "## 3. Uppdrag", ""]
        files.write(uncommented(later).joined(separator: "\n"), to: "content/meetings/2027/2027-01-14-politiker.md")
        let content = try #require(ScaffoldRun.load(files))
        let meeting = try #require(content.meetings.first { $0.slug == "2026-12-03-politiker" })
        #expect(meeting.title == "Mötesanteckning Politiker")
        #expect(meeting.participantGroups.first?.members.first?.absent == true)
        #expect(meeting.decisions.map(\.kind) == [.approves, .commissions])
        #expect(meeting.decisions.last?.assignment?.id.value == "forslag-exempel")
        #expect(content.meetings.first { $0.slug == "2027-01-14-politiker" }?.decisions.first?.report?.completes == false)
        #expect(ScaffoldRun.newDiagnostics(files, comparedWith: before, today: CalendarDate(year: 2027, month: 1, day: 20)!) == [])
    }
}
