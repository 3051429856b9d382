import SamverkanImport
import SamverkanModel
import Testing

/// `samverkan import` never writes a personal identity number: each becomes `[personnummer
/// borttaget]` in the draft, with a warning at its line that does not print it.
@Suite struct ImportPersonalIdentityNumberTests {
    static let draftPath = "content/meetings/2026/2026-11-05-sro.md"
    static let hint = "får inte publiceras; läs meningen och skriv om den om det behövs"

    @Test func numbersInTheTextAreReplacedWithAWarningAtTheirLine() throws {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", date: "2026-11-05", converter: FixedConverter.paragraphs([
            "Deltagare", "Anna Andersson",
            "1. Öppnande",
            "Patienten (19121212-1212) har fått vård.",
            "2. Ärende",
            "Samordningsnummer 701063-2391 och 811218-9876, 640823-3234 noterades.",
        ]))
        #expect(imported.text.hasSuffix("""
            ## 1. Öppnande

            Patienten ([personnummer borttaget]) har fått vård.

            ## 2. Ärende

            Samordningsnummer [samordningsnummer borttaget] och [personnummer borttaget], [personnummer borttaget] noterades.

            """))
        #expect(imported.lines == [
            "\(Self.draftPath):12: warning: ett personnummer ur dokumentet har ersatts med [personnummer borttaget] — personnummer \(Self.hint)",
            "\(Self.draftPath):16: warning: 2 personnummer ur dokumentet har ersatts med [personnummer borttaget] — personnummer \(Self.hint)",
            "\(Self.draftPath):16: warning: ett samordningsnummer ur dokumentet har ersatts med [samordningsnummer borttaget] — samordningsnummer \(Self.hint)",
        ])
        let checked = ImportFixture.check(imported.files)
        #expect(checked.errors.isEmpty, "got: \(checked.errors)")
    }

    /// In a front-matter field the replacement keeps the YAML valid, and a warning the reader makes
    /// by quoting the document's text does not print the number either.
    @Test func numbersInFieldsAndInQuotedTextAreNeitherWrittenNorPrinted() throws {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", date: "2026-11-05", converter: FixedConverter.paragraphs([
            "Plats: Rum 121212-1212",
            "Deltagare: 19121212-1212",
            "Anna Andersson",
            "1. Öppnande",
            "Ställningstagande: SRO noterar ärendet om 811218-9876.",
        ]))
        let created = try #require(imported.result.created)
        for digits in ["1212", "811218", "9876"] {
            #expect(!imported.text.contains(digits), "\(digits) in the draft")
            #expect(!imported.lines.joined().contains(digits), "\(digits) printed: \(imported.lines)")
        }
        #expect(imported.text.contains("location: Rum [personnummer borttaget]\n"))
        #expect(imported.text.contains("text: SRO noterar ärendet om [personnummer borttaget].\n"))
        let meeting = try #require(ImportFixture.meeting("meetings/2026/2026-11-05-sro.md", in: imported.files))
        #expect(meeting.location == "Rum [personnummer borttaget]")
        #expect(ImportFixture.check(imported.files).errors.isEmpty)
        #expect(created.path == Self.draftPath)
        #expect(imported.lines == [
            "\(Self.draftPath):1: warning: ingen deltagarlista hittades — lägg till participants: för hand om protokollet har en",
            "\(Self.draftPath):5: warning: ett personnummer ur dokumentet har ersatts med [personnummer borttaget] — personnummer \(Self.hint)",
            "\(Self.draftPath):10: warning: ett personnummer ur dokumentet har ersatts med [personnummer borttaget] — personnummer \(Self.hint)",
            "\(Self.draftPath):12: warning: ett personnummer ur dokumentet har ersatts med [personnummer borttaget] — personnummer \(Self.hint)",
            "\(Self.draftPath):12: warning: raden ”Deltagare: [personnummer borttaget]” gav inga namn och står kvar i texten",
        ])
    }

    @Test func aWrongCheckDigitIsLeftAsItIs() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", date: "2026-11-05", converter: FixedConverter.paragraphs([
            "Deltagare", "Anna Andersson", "1. Öppnande", "Diarienummer 19121212-1213 och organisationsnummer 232100-0131.",
        ]))
        #expect(imported.text.contains("Diarienummer 19121212-1213 och organisationsnummer 232100-0131."))
        #expect(imported.lines.isEmpty)
    }
}
