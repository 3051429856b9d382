import Foundation
@testable import SamverkanImport
import SamverkanModel
import Testing

/// Issue 21, part 1: a Word file of a few hundred kB must not take gigabytes. The zip directory is
/// read before pandoc runs (declared sizes, parts), pandoc's heap and output are bounded (sizes can
/// lie), and a draft that `check` would refuse for its size is not written.
@Suite struct ImportLimitTests {
    /// 300 MB declared in a file of 1 kB: refused from the zip directory, before pandoc is started.
    @Test func aDocumentThatUnpacksToHundredsOfMegabytesIsRefusedBeforePandocRuns() {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        var zip = TestZip.wordDocument
        zip.entries[2].declaredSize = 300_000_000
        let path = folder.write(zip.bytes, to: "bomb.docx")
        let declared = 300_000_000 + zip.entries[0].data.count + zip.entries[1].data.count
        let started = ContinuousClock.now
        #expect(throws: ImportFailure.unpacksTooLarge(bytes: declared, limit: 200 << 20)) {
            try PandocConverter().pandocJSON(of: path)
        }
        #expect(ContinuousClock.now - started < .seconds(1))
        #expect(ImportFixture.importing(path, body: "sro").lines == [
            "\(path): error: dokumentet packas upp till 287 MB, mer än de 200 MB som läses — ta bort bilder ur det, eller dela upp det",
        ])
    }

    /// The XML that pandoc parses (at many times its size) has a lower limit of its own.
    @Test func moreXMLThanADocumentHasIsRefused() {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        var zip = TestZip.wordDocument
        zip.entries[2].declaredSize = 40_000_000
        let path = folder.write(zip.bytes, to: "text.docx")
        let declared = 40_000_000 + zip.entries[0].data.count + zip.entries[1].data.count
        #expect(throws: ImportFailure.xmlUnpacksTooLarge(bytes: declared, limit: 32 << 20)) {
            try PandocConverter().pandocJSON(of: path)
        }
        #expect(ImportFixture.importing(path, body: "sro").lines == [
            "\(path): error: dokumentets text och formatering packas upp till 39 MB XML, mer än de 32 MB som läses — dela upp dokumentet",
        ])
    }

    @Test func tooManyParts() {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        var zip = TestZip.wordDocument
        zip.entries += (1...20).map { TestZip.Entry(name: "word/media/image\($0).png", data: [0]) }
        let path = folder.write(zip.bytes, to: "parts.docx")
        #expect(throws: ImportFailure.tooManyParts(count: 23, limit: 10)) {
            try PandocConverter(maximumParts: 10).pandocJSON(of: path)
        }
    }

    /// Files that are no zip archive, or one pandoc cannot read, are refused in the words of a
    /// document that cannot be read.
    @Test func filesThatAreNoWordPackage() {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let text = folder.write(Array("abcd".utf8), to: "text.docx")
        #expect(throws: ImportFailure.unreadable("filen är inget zip-arkiv")) { try PandocConverter().pandocJSON(of: text) }
        #expect(ImportFixture.importing(text, body: "sro").lines == [
            "\(text): error: dokumentet kan inte läsas som ett Word-dokument (filen är inget zip-arkiv) — spara det som .docx i Word och försök igen",
        ])
        let empty = folder.write([], to: "empty.docx")
        #expect(throws: ImportFailure.unreadable("filen är inget zip-arkiv")) { try PandocConverter().pandocJSON(of: empty) }

        var zip64 = TestZip.wordDocument.bytes
        zip64[zip64.count - 12] = 0xFF  // the end record's count of entries: 0xFFFF, "see the ZIP64 record"
        zip64[zip64.count - 11] = 0xFF
        let zip64Path = folder.write(zip64, to: "zip64.docx")
        #expect(throws: ImportFailure.unreadable("zip-arkivet är i ZIP64-format, som pandoc inte läser")) {
            try PandocConverter().pandocJSON(of: zip64Path)
        }

        var broken = TestZip.wordDocument.bytes
        broken[broken.count - 6] = 0x7F  // the directory's offset, now past the end of the file
        let brokenPath = folder.write(broken, to: "broken.docx")
        #expect(throws: ImportFailure.unreadable("zip-arkivets innehållsförteckning hänger inte ihop")) {
            try PandocConverter().pandocJSON(of: brokenPath)
        }
    }

    /// pandoc reads the document from its standard input: a zip made here reads as its paragraph.
    @Test(.enabled(if: ImportFixture.pandocInstalled)) func pandocReadsTheOpenedFile() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.write(TestZip.wordDocument.bytes, to: "hej.docx")
        let json = String(decoding: try PandocConverter().pandocJSON(of: path), as: UTF8.self)
        #expect(json.contains(#"{"t":"Para","c":[{"t":"Str","c":"Hej"}]}"#))
    }

    /// Declared sizes can lie, so pandoc runs with a heap limit: with 8 MB (the default is 1 GB)
    /// even a seed document is too much, and the run stops with its own error.
    @Test(.enabled(if: ImportFixture.pandocInstalled)) func pandocsMemoryIsBounded() {
        #expect(PandocConverter().arguments == ["+RTS", "-M1024m", "-RTS", "--from", "docx", "--to", "json", "--track-changes=all"])
        #expect(throws: ImportFailure.pandocOutOfMemory(megabytes: 8)) {
            try PandocConverter(maximumMemoryMegabytes: 8).pandocJSON(of: ImportFixture.document("2024-10-03-sro"))
        }
        #expect(ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter(json: "", failure: .pandocOutOfMemory(megabytes: 1024))).lines == [
            "protokoll.docx: error: pandoc behövde mer än 1024 MB minne för dokumentet och avbröts — spara dokumentet på nytt i Word, eller dela upp det",
        ])
    }

    /// pandoc's JSON is parsed at many times its size, so only so much of it is taken.
    @Test(.enabled(if: ImportFixture.pandocInstalled)) func pandocsOutputIsBounded() {
        #expect(throws: ImportFailure.pandocOutputTooLarge(limit: 1000)) {
            try PandocConverter(maximumOutputBytes: 1000).pandocJSON(of: ImportFixture.document("2024-10-03-sro"))
        }
        #expect(ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter(json: "", failure: .pandocOutputTooLarge(limit: 8 << 20))).lines == [
            "protokoll.docx: error: pandoc gav mer än 8 MB text ur dokumentet och avbröts — dela upp dokumentet",
        ])
    }

    /// 30 000 participants make a draft of 1,4 MB, which `check` would refuse: no file is written,
    /// and the error says why.
    @Test func aDraftLargerThanCheckReadsIsNotWritten() {
        let lines = ["Datum: 2026-11-06", "Deltagare"] + Array(repeating: "Anna Andersson (S)", count: 30_000) + ["1. Öppnande"]
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter.paragraphs(lines))
        #expect(imported.result.created == nil)
        #expect(imported.lines == [
            "protokoll.docx: error: utkastet skulle bli 1,4 MB, mer än de 1 MB som check läser i en fil — kontrollera att det är rätt dokument, eller dela upp det",
        ])
    }

    /// Values are counted from above, three for each line of front matter.
    @Test func aDraftWithMoreValuesThanCheckReadsIsNotWritten() {
        let text = "---\n" + String(repeating: "  - a: b\n", count: 70_000) + "---\n"
        #expect(throws: ImportFailure.draftTooManyValues(count: 210_001, limit: 200_000)) { try MeetingDraft.checkLimits(of: text) }
        #expect(MeetingDraft.frontMatterLines(of: "---\nbody: sro\ndate: 2026-11-06\n---\n\n## 1. Öppnande\n") == 2)
        #expect(ImportFixture.importing("protokoll.docx", body: "sro",
                                        converter: FixedConverter(json: "", failure: .draftTooManyValues(count: 210_001, limit: 200_000))).lines == [
            "protokoll.docx: error: utkastet skulle ha upp till 210001 värden i fälten, fler än de 200000 som check läser — kontrollera att det är rätt dokument, eller dela upp det",
        ])
    }

    @Test func theRemainingMessages() {
        let expected: [(ImportFailure, String)] = [
            (.tooManyParts(count: 12_000, limit: 10_000),
             "protokoll.docx: error: dokumentet består av 12000 delar, fler än de 10000 som läses — spara det på nytt som .docx i Word och försök igen"),
            (.tooLarge(bytes: 150 << 20),
             "protokoll.docx: error: dokumentet är för stort (150 MB) — ta bort bilder ur det och försök igen"),
        ]
        for (failure, line) in expected {
            #expect(ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter(json: "", failure: failure)).lines == [line])
        }
        #expect(ImportFailure.megabytes(1 << 20) == "1")
        #expect(ImportFailure.megabytes((1 << 20) + 1) == "1,1")
        #expect(ImportFailure.megabytes(3_879_731) == "3,7")
        #expect(ImportFailure.megabytes((12 << 20) + 1) == "13")
    }
}
