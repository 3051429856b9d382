import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

@Suite struct FrontMatterTests {
    func file(_ text: String, _ path: String = "meetings/2024/2024-10-03-sro.md") -> SourceFile {
        SourceFile(displayPath: "content/" + path, relativePath: path, text: text)
    }

    @Test func splitsFrontMatterAndKnowsWhereTheBodyStarts() throws {
        let document = try FrontMatterDocument.split(file("---\nbody: sro\ndate: 2024-10-03\n---\n## 1. Öppnande\n")).get()
        #expect(document.yaml == "body: sro\ndate: 2024-10-03")
        #expect(document.bodyFirstLine == 5)
        #expect(document.body == "## 1. Öppnande\n")
    }

    @Test func decodesAMeetingWithEveryField() throws {
        let text = """
        ---
        body: sro
        date: 2024-10-03
        start: 13:00
        end: "15:00"
        format: hybrid
        status: held
        participants:
          - group: Kommunpolitiker
            members:
              - name: Miguel Odhner
                party: S
                absent: true
                replaced_by: Annica Hemberg
        decisions:
          - item: 3 d
            kind: ställer sig bakom
            text: SRO ställer sig bakom remissen.
        ---
        Text.
        """
        let (meeting, diagnostics) = Meeting.decode(file(text), parser: YamsFrontMatterParser())
        #expect(diagnostics.isEmpty)
        let decoded = try #require(meeting)
        #expect(decoded.date == CalendarDate(year: 2024, month: 10, day: 3))
        #expect(decoded.start?.description == "13:00")
        #expect(decoded.format == .hybrid)
        #expect(decoded.participantGroups.first?.members.first?.absent == true)
        #expect(decoded.participantGroups.first?.members.first?.replacedBy == "Annica Hemberg")
        #expect(decoded.decisions.first?.item?.value == "3d")
        #expect(decoded.decisions.first?.item?.location == SourceLocation(path: "content/meetings/2024/2024-10-03-sro.md", line: 16, column: 11))
        #expect(decoded.text.firstLine == 20)
    }

    @Test func aDateIsACalendarDayWhateverTheTimeZone() throws {
        let (meeting, _) = Meeting.decode(file("---\nbody: sro\ndate: 2024-10-03\n---\n"), parser: YamsFrontMatterParser())
        #expect(meeting?.date.description == "2024-10-03")
    }

    @Test func unknownFieldsAreWarningsNamingTheClosestField() {
        let (_, diagnostics) = Meeting.decode(file("---\nbody: sro\ndate: 2024-10-03\nlocaton: Göteborg\n---\n"),
                                              parser: YamsFrontMatterParser())
        #expect(diagnostics.map(\.description).first?.hasPrefix(
            "content/meetings/2024/2024-10-03-sro.md:4:1: warning: okänt fält 'locaton' i ett möte; menade du 'location'?") == true)
    }

    /// `original:` (content-format.md): the document a meeting was transcribed from, read without warnings.
    @Test func theOriginalDocumentIsRead() throws {
        let (meeting, diagnostics) = Meeting.decode(
            file("---\nbody: sro\ndate: 2019-08-29\noriginal:\n  href: files/2019/2019-08-29-sro.pdf\n  method: ocr\n---\n"),
            parser: YamsFrontMatterParser())
        #expect(diagnostics.map(\.description) == [])
        #expect(meeting?.original?.href.value == "files/2019/2019-08-29-sro.pdf")
        #expect(meeting?.original?.method == .ocr)
        let (_, wrong) = Meeting.decode(file("---\nbody: sro\ndate: 2019-08-29\noriginal: {href: a.pdf, method: scan}\n---\n"),
                                        parser: YamsFrontMatterParser())
        #expect(wrong.map(\.description) == [
            "content/meetings/2024/2024-10-03-sro.md:4:33: error: okänt värde 'scan' i fältet 'method' — tillåtna värden: word, text, ocr",
        ])
    }
}
