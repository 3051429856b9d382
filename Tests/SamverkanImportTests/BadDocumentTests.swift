import Foundation
@testable import SamverkanImport
import SamverkanModel
import Testing

/// Documents that cannot be minutes give an error at the document, in Swedish, with what to do,
/// and no draft and no copy of the original: a broken PDF, an encrypted one, one of 500 pages and a
/// picture that is no document (Fixtures/bad/, made by make-pdf-documents.py).
@Suite(.enabled(if: ImportFixture.popplerInstalled, "poppler-utils (pdfinfo, pdftotext) is not installed: make deps"))
struct BadDocumentTests {
    static func expectNoDraft(_ imported: ImportFixture.Imported) {
        #expect(imported.result.created == nil)
        #expect(imported.text == "")
        #expect(imported.originals.isEmpty)
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        var file: String
        var error: String
        var testDescription: String { file }
    }

    static let documents = [
        Bad(file: "bad/broken.pdf",
            error: "dokumentet kan inte läsas som en PDF (Syntax Error: Couldn't find trailer dictionary) — öppna det i en PDF-läsare och spara det på nytt, eller hämta originalet igen"),
        Bad(file: "bad/encrypted.pdf",
            error: "PDF-filen är lösenordsskyddad och kan inte läsas — spara en kopia utan lösenord (skriv ut till PDF) och importera den"),
        // Refused from pdfinfo's count, before a page is read.
        Bad(file: "bad/500-pages.pdf",
            error: "dokumentet har 500 sidor, fler än de 100 som en mötesanteckning läses med — kontrollera att det är rätt dokument; dela upp det så att varje fil är ett möte"),
    ]

    @Test(arguments: documents)
    func isRefusedAtTheDocument(_ bad: Bad) {
        Self.expectRefused(bad)
    }

    @Test(.enabled(if: ImportFixture.ocrInstalled, "tesseract-ocr, tesseract-ocr-swe or hunspell-sv is not installed: make deps"))
    func aPictureThatIsNoDocument() {
        Self.expectRefused(Bad(file: "bad/photo.png",
                               error: "ingen text hittades i dokumentet — kontrollera att det är en skannad mötesanteckning; skanna den på nytt, rak och med minst 200 dpi"))
    }

    static func expectRefused(_ bad: Bad) {
        let path = ImportFixture.fixture(bad.file)
        let started = ContinuousClock.now
        let imported = ImportFixture.importing(path, body: "sro")
        #expect(imported.lines == ["\(path): error: \(bad.error)"])
        #expect(ContinuousClock.now - started < .seconds(20))
        expectNoDraft(imported)
    }

    @Test func aFileThatIsNoPDFAlthoughItsNameSaysSo() {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.write(Array("<html>minutes</html>".utf8), to: "protokoll.pdf")
        let imported = ImportFixture.importing(path, body: "sro")
        #expect(imported.lines == [
            "\(path): error: dokumentet kan inte läsas som en PDF (filen börjar inte som en PDF) — öppna det i en PDF-läsare och spara det på nytt, eller hämta originalet igen",
        ])
        Self.expectNoDraft(imported)
    }

    @Test func aKindOfFileTheImportDoesNotRead() {
        let imported = ImportFixture.importing("budget.xlsx", body: "sro")
        #expect(imported.lines == [
            "budget.xlsx: error: filer av typen .xlsx kan inte importeras — importera ett Word-dokument (.docx), en PDF (.pdf), en webbsida (.html) eller en skannad sida (.png, .jpg, .tif)",
        ])
        let noEnding = ImportFixture.importing("protokoll", body: "sro")
        #expect(noEnding.lines == [
            "protokoll: error: filen har ingen filändelse som säger vad den är — importera ett Word-dokument (.docx), en PDF (.pdf), en webbsida (.html) eller en skannad sida (.png, .jpg, .tif)",
        ])
    }

    /// A program the import needs and does not find is named, with the Debian package to install.
    @Test func aMissingProgramNamesItsPackage() {
        let path = ImportFixture.fixture("pdf/2024-12-04-politisk-referensgrupp.pdf")
        let imported = ImportFixture.importing(path, body: "politisk-referensgrupp", date: "2030-01-01",
                                               pageReader: PageReader(searchPath: "/nonexistent"))
        #expect(imported.lines == [
            "\(path): error: pdfinfo finns inte, och behövs för att läsa dokumentet — installera det: apt-get install poppler-utils (make deps gör det)",
        ])
        Self.expectNoDraft(imported)
    }

    /// The failures that are hard to bring about with a real file, by their exact text.
    @Test func theOtherFailuresOfTheProgramsAndOfAWebPage() {
        let at = SourceLocation(path: "arkiv/2019.pdf")
        #expect(ImportFailure.toolMissing(program: "tesseract", package: "tesseract-ocr tesseract-ocr-swe").diagnostic(at: at).description
            == "arkiv/2019.pdf: error: tesseract finns inte, och behövs för att läsa dokumentet — installera det: apt-get install tesseract-ocr tesseract-ocr-swe (make deps gör det)")
        #expect(ImportFailure.toolTimedOut(program: "tesseract", seconds: 120).diagnostic(at: at).description
            == "arkiv/2019.pdf: error: tesseract läste dokumentet i mer än 120 sekunder och avbröts — dela upp dokumentet, eller skanna det på nytt med lägre upplösning")
        #expect(ImportFailure.toolOutputTooLarge(program: "pdftotext", limit: 64 << 20).diagnostic(at: at).description
            == "arkiv/2019.pdf: error: pdftotext gav mer än 64 MB ur dokumentet och avbröts — dela upp dokumentet")
        #expect(ImportFailure.noText(words: 4).diagnostic(at: at).description
            == "arkiv/2019.pdf: error: bara 4 läsbara ord hittades i dokumentet — kontrollera att det är en skannad mötesanteckning; skanna den på nytt, rak och med minst 200 dpi")
        #expect(ImportFailure.htmlUnreadable("unexpected end of input").diagnostic(at: SourceLocation(path: "sida.html")).description
            == "sida.html: error: dokumentet kan inte läsas som en webbsida (unexpected end of input) — spara sidan på nytt som .html och försök igen")
    }
}
