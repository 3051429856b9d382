import Foundation
@testable import SamverkanImport
import SamverkanModel
import SamverkanSite
import SamverkanTestDoubles
import Testing

/// An original that cannot be written: the disk is full.
struct FullDiskOriginalWriter: OriginalWriter {
    func create(_ bytes: [UInt8], at path: String) throws(ScaffoldWriteError) { throw .failed(reason: "disken är full") }
    func remove(_ path: String) {}
}

/// The text of PDFs and web pages into the recognizer: a personal identity number is never written
/// into the draft, and a document that holds one is not copied beside it; the old website's HTML
/// comes in as the Word document does.
@Suite(.enabled(if: ImportFixture.popplerInstalled, "poppler-utils (pdfinfo, pdftotext) is not installed: make deps"))
struct PDFTextTests {
    @Test func aPersonalIdentityNumberInAPDFIsNeverWritten() throws {
        let path = ImportFixture.fixture("pdf/personnummer.pdf")
        let imported = ImportFixture.importing(path, body: "sro")
        let draft = "content/meetings/2026/2026-11-05-sro.md"
        #expect(imported.text.contains("Patienten ([personnummer borttaget]) har fått vård."))
        #expect(!imported.text.contains("1212"))
        #expect(!imported.text.contains("original:"))
        #expect(imported.originals.isEmpty)
        #expect(imported.lines == [
            "\(draft):1: warning: dokumentet innehåller personnummer och kopieras därför inte till content/files/ — lägg en kopia utan personnumren i content/files/2026/ och skriv original: i utkastet",
            "\(draft):14: warning: ett personnummer ur dokumentet har ersatts med [personnummer borttaget] — personnummer får inte publiceras; läs meningen och skriv om den om det behövs",
        ])
        #expect(ImportFixture.check(imported.files).errors == [])
    }

    /// The 2024-10-03 SRO minutes as the old website exported them: the same draft as from Word,
    /// with the page as its original, read as text.
    @Test func aWebPageOfTheOldWebsite() throws {
        let relativePath = "meetings/2024/2024-10-03-sro.md"
        let html = ImportFixture.importing(ImportFixture.fixture("html/2024-10-03-sro.html"), body: "sro", removing: ["content/" + relativePath])
        let word = ImportFixture.importing(ImportFixture.document("2024-10-03-sro"), body: "sro", removing: ["content/" + relativePath])
        let fromHTML = try #require(ImportFixture.meeting(relativePath, in: html.files))
        let fromWord = try #require(ImportFixture.meeting(relativePath, in: word.files))
        #expect(fromHTML.participantGroups.map(\.name) == fromWord.participantGroups.map(\.name))
        #expect(fromHTML.participantGroups.flatMap(\.members).map(\.name) == fromWord.participantGroups.flatMap(\.members).map(\.name))
        #expect(fromHTML.decisions.map { "\($0.item?.value ?? "-") \($0.kind.rawValue)" } == fromWord.decisions.map { "\($0.item?.value ?? "-") \($0.kind.rawValue)" })
        #expect(ImportFixture.items(in: fromHTML.text.text) == ImportFixture.items(in: fromWord.text.text))
        #expect(fromHTML.original?.href.value == "files/2024/2024-10-03-sro.html")
        #expect(fromHTML.original?.method == .text)
        #expect(ImportFixture.check(html.files).errors == [])
    }

    /// The original that cannot be copied stops the import before the draft is written.
    @Test func anOriginalThatCannotBeCopied() {
        let files = ImportFixture.realSite(without: ["content/meetings/2024/2024-12-04-politisk-referensgrupp.md"])
        let writer = InMemoryScaffoldWriter(existing: files)
        let result = MinutesImporter(fileSystem: files, writer: writer, originals: FullDiskOriginalWriter())
            .importMinutes(.init(document: ImportFixture.fixture("pdf/2024-12-04-politisk-referensgrupp.pdf"), body: "politisk-referensgrupp"),
                           contentDirectory: "content")
        #expect(result.created == nil)
        #expect(writer.created.isEmpty)
        #expect(result.diagnostics.sorted.map(\.description) == [
            "content/files/2024/2024-12-04-politisk-referensgrupp.pdf: error: originalet kan inte kopieras: disken är full — kontrollera att innehållsmappen finns och att du får skriva i den",
        ])
    }
}
