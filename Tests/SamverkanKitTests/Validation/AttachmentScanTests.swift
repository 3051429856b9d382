import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Attachments under `content/files/` are read for personal identity numbers: text files as they
/// are, PDF with pdftotext, Word with pandoc, each such file remembered by its SHA-256.
@Suite struct AttachmentScanTests {
    static let environment = ProcessInfo.processInfo.environment
    static let pdftotextInstalled = ChildProcess.executable(named: "pdftotext", environment: environment) != nil
    static let pandocInstalled = ChildProcess.executable(named: "pandoc", environment: environment) != nil
    static let documentHint = "ta bort det ur dokumentet och byt ut bilagan"
    static let checkYourself = "kontrollera själv att den inte innehåller något personnummer"
    /// The text of a page without a number, as pdftotext writes it.
    static let onePage = "Sida ett\u{0C}"

    /// The fixture with `files` added under `content/files/`, and its `presentation.pdf` (a line of
    /// text) made a real PDF without a number.
    func fixture(_ files: [String: [UInt8]]) -> InMemoryFileSystem {
        var fileSystem = Fixture.fileSystem()
        fileSystem.contents["content/files/presentation.pdf"] = MinimalPDF.make(pages: ["Presentation av avtalet"])
        for (name, bytes) in files { fileSystem.contents["content/files/" + name] = bytes }
        return fileSystem
    }

    /// Checks with `scanner`: the report and its printed lines.
    func check(_ files: InMemoryFileSystem, _ scanner: AttachmentScanner) -> (BuildReport, [String]) {
        var builder = SiteBuilder(fileSystem: files, writer: InMemorySiteWriter())
        builder.attachments = scanner
        let report = builder.check(BuildOptions(today: Fixture.today))
        return (report, report.diagnostics.sorted.map(\.description))
    }

    /// Builds with `scanner`: the report and whether anything was written.
    func build(_ files: InMemoryFileSystem, _ scanner: AttachmentScanner) -> (BuildReport, wrote: Bool) {
        let writer = InMemorySiteWriter()
        var builder = SiteBuilder(fileSystem: files, writer: writer)
        builder.attachments = scanner
        let report = builder.build(BuildOptions(today: Fixture.today))
        return (report, writer.site(at: "site") != nil)
    }

    // MARK: Text attachments

    @Test func aTextAttachmentIsReadAsItIs() {
        let files = fixture([
            "protokoll.txt": Array("Rad ett\nPatienten 121212-1212\n".utf8),
            "lista.csv": Array("namn;nummer\r\nÅsa;701063-2391\r\n".utf8),
            "bilder/foto.jpg": Array("121212-1212".utf8),  // not read: a picture
        ])
        let (report, lines) = check(files, AttachmentScanner(extractor: CountingExtractor(text: Self.onePage), cache: .none))
        #expect(lines == [
            "content/files/lista.csv:2:5: error: här står ett samordningsnummer; det får inte publiceras — ta bort det eller skriv [samordningsnummer borttaget]",
            "content/files/protokoll.txt:2:11: error: här står ett personnummer; det får inte publiceras — ta bort det eller skriv [personnummer borttaget]",
        ])
        #expect(report.exitStatus == 1)
        #expect(build(files, AttachmentScanner(extractor: CountingExtractor(text: Self.onePage), cache: .none)).wrote == false)
    }

    @Test func contentInMemoryHasNoScannerUnlessATestGivesOne() {
        let files = fixture(["protokoll.txt": Array("Patienten 121212-1212\n".utf8)])
        #expect(Fixture.check(files).1.isEmpty)
    }

    // MARK: PDF, with pdftotext

    @Test(.enabled(if: pdftotextInstalled)) func aPDFIsReadPageByPage() {
        let pdf = MinimalPDF.make(pages: ["Sida ett utan nummer, 2024-10-03.", "Patienten 19121212-1212 och 701063-2391.", "Och 811218-9876, 640823-3234."])
        let files = fixture(["underlag.pdf": pdf])
        let scanner = AttachmentScanner(extractor: ProgramTextExtractor(), cache: .none)
        let (report, lines) = check(files, scanner)
        #expect(lines == [
            "content/files/underlag.pdf: error: sida 2: här står ett personnummer; det får inte publiceras — \(Self.documentHint)",
            "content/files/underlag.pdf: error: sida 2: här står ett samordningsnummer; det får inte publiceras — \(Self.documentHint)",
            "content/files/underlag.pdf: error: sida 3: här står 2 personnummer; de får inte publiceras — ta bort dem ur dokumentet och byt ut bilagan",
        ])
        #expect(report.exitStatus == 1)
        let (built, wrote) = build(files, scanner)
        #expect(built.exitStatus == 1)
        #expect(!wrote, "a failed build wrote files")
    }

    @Test(.enabled(if: pdftotextInstalled)) func aPDFWithAWrongCheckDigitPasses() {
        let files = fixture(["underlag.pdf": MinimalPDF.make(pages: ["Patienten 19121212-1213, org.nr 232100-0131 och 556012-5790."])])
        let (report, lines) = check(files, AttachmentScanner(extractor: ProgramTextExtractor(), cache: .none))
        #expect(lines.isEmpty, "got: \(lines)")
        #expect(report.exitStatus == 0)
    }

    @Test(.enabled(if: pdftotextInstalled)) func aPDFWithoutTextIsAWarning() {
        let files = fixture(["skannad.pdf": MinimalPDF.make(pages: ["", ""])])
        let (report, lines) = check(files, AttachmentScanner(extractor: ProgramTextExtractor(), cache: .none))
        #expect(lines == [
            "content/files/skannad.pdf: warning: bilagan har ingen text att söka i (är den inskannad?), så den har inte sökts igenom efter personnummer — \(Self.checkYourself)",
        ])
        #expect(report.exitStatus == 0)
    }

    /// The fixture's `presentation.pdf` is a line of text, not a PDF.
    @Test(.enabled(if: pdftotextInstalled)) func aBrokenPDFIsAWarning() {
        let (report, lines) = check(Fixture.fileSystem(), AttachmentScanner(extractor: ProgramTextExtractor(), cache: .none))
        #expect(lines == [
            "content/files/presentation.pdf: warning: pdftotext kunde inte läsa bilagan (är den skadad eller lösenordsskyddad?), så den har inte sökts igenom efter personnummer — \(Self.checkYourself)",
        ])
        #expect(report.exitStatus == 0)
    }

    // MARK: Word, with pandoc

    @Test(.enabled(if: pandocInstalled)) func aWordDocumentIsReadWithPandoc() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let markdown = folder + "/bilaga.md"
        try "# Bilaga\n\nPatienten 19121212-1212 och\n\n| a | b |\n|---|---|\n| 811218-9876 | x |\n".write(toFile: markdown, atomically: true, encoding: .utf8)
        let pandoc = try #require(ChildProcess.executable(named: "pandoc", environment: Self.environment))
        guard case let .success(made) = ChildProcess.run(pandoc, ["--from", "markdown", "--to", "docx", "--output", folder + "/bilaga.docx", markdown],
                                                         timeout: .seconds(60)), made.status == 0 else {
            Issue.record("pandoc could not make the document")
            return
        }
        let files = fixture(["bilaga.docx": try DiskFileSystem().readFile(at: folder + "/bilaga.docx")])
        let (report, lines) = check(files, AttachmentScanner(extractor: ProgramTextExtractor(), cache: .none))
        #expect(lines == [
            "content/files/bilaga.docx: error: här står 2 personnummer; de får inte publiceras — ta bort dem ur dokumentet och byt ut bilagan",
        ])
        #expect(report.exitStatus == 1)
    }

    @Test(.enabled(if: pandocInstalled)) func aBrokenWordDocumentIsAWarning() {
        let files = fixture(["bilaga.docx": Array("inte ett Word-dokument".utf8)])
        let (_, lines) = check(files, AttachmentScanner(extractor: ProgramTextExtractor(), cache: .none))
        #expect(lines == [
            "content/files/bilaga.docx: warning: pandoc kunde inte läsa bilagan som ett Word-dokument, så den har inte sökts igenom efter personnummer — \(Self.checkYourself)",
        ])
    }

    // MARK: What cannot be read

    @Test func aMissingProgramIsOneWarningThatNamesTheFiles() {
        var attachments: [String: [UInt8]] = ["protokoll.docx": [1, 2, 3]]
        for name in ["a", "b", "c", "d", "e", "f", "g"] { attachments["\(name).pdf"] = Array(name.utf8) }
        let files = fixture(attachments)
        let scanner = AttachmentScanner(extractor: CountingExtractor { _, _ in .failure(.programMissing) }, cache: .none)
        let (report, lines) = check(files, scanner)
        #expect(lines == [
            "content/files: warning: pandoc finns inte, så 1 Word-bilaga har inte sökts igenom efter personnummer: protokoll.docx — installera pandoc (apt-get install pandoc)",
            "content/files: warning: pdftotext finns inte, så 8 PDF-bilagor har inte sökts igenom efter personnummer: a.pdf, b.pdf, c.pdf, d.pdf, e.pdf och 3 till — installera poppler-utils (apt-get install poppler-utils)",
        ])
        #expect(report.exitStatus == 0)
        #expect(build(files, scanner).wrote)
    }

    @Test func aProgramThatTakesTooLongOrWritesTooMuch() {
        let files = fixture(["lang.pdf": [1], "stor.docx": [2]])
        let scanner = AttachmentScanner(extractor: CountingExtractor { _, format in
            format == .pdf ? .failure(.timedOut(seconds: 60)) : .failure(.outputTooLarge(limit: 32 << 20))
        }, cache: .none)
        #expect(check(files, scanner).1 == [
            "content/files/lang.pdf: warning: pdftotext läste bilagan i mer än 60 sekunder och avbröts, så den har inte sökts igenom efter personnummer — \(Self.checkYourself)",
            "content/files/presentation.pdf: warning: pdftotext läste bilagan i mer än 60 sekunder och avbröts, så den har inte sökts igenom efter personnummer — \(Self.checkYourself)",
            "content/files/stor.docx: warning: bilagans text är större än 32 MB, så den har inte sökts igenom efter personnummer — \(Self.checkYourself)",
        ])
    }

    @Test func aFileOverTheLimitIsNotGivenToAProgram() {
        let extractor = CountingExtractor(text: Self.onePage)
        let files = fixture(["stor.pdf": [UInt8](repeating: 0x20, count: 3 << 20)])
        let scanner = AttachmentScanner(extractor: extractor, cache: .none, maximumBytes: 2 << 20)
        #expect(check(files, scanner).1 == [
            "content/files/stor.pdf: warning: bilagan är större än 2 MB, så den har inte sökts igenom efter personnummer — \(Self.checkYourself)",
        ])
        #expect(extractor.runs == 1)  // the fixture's presentation.pdf only
    }

    // MARK: The cache

    @Test func aSecondCheckRunsNoProgram() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cacheFile = folder + "/.samverkan-cache/attachments"
        let files = fixture(["underlag.pdf": Array("%PDF underlag".utf8)])
        let first = CountingExtractor { bytes, _ in
            .success(Array((bytes.starts(with: Array("%PDF underlag".utf8)) ? "Sida ett\u{0C}Patienten 19121212-1212\u{0C}" : Self.onePage).utf8))
        }
        let expected = [
            "content/files/underlag.pdf: error: sida 2: här står ett personnummer; det får inte publiceras — \(Self.documentHint)",
        ]
        #expect(check(files, AttachmentScanner(extractor: first, cache: .file(cacheFile))).1.filter { $0.contains("underlag") } == expected)
        #expect(first.runs == 2)  // underlag.pdf and the fixture's presentation.pdf

        let second = CountingExtractor(text: Self.onePage)
        #expect(check(files, AttachmentScanner(extractor: second, cache: .file(cacheFile))).1.filter { $0.contains("underlag") } == expected)
        #expect(second.runs == 0)

        // The cache holds hashes, formats, pages and counts: never text, never the number.
        let cached = String(decoding: try DiskFileSystem().readFile(at: cacheFile), as: UTF8.self)
        let lines = cached.split(separator: "\n")
        #expect(lines.first == "samverkan bilagor 1")
        #expect(lines.count == 3)
        #expect(lines.dropFirst().map { $0.split(separator: " ").dropFirst().joined(separator: " ") }.sorted() == ["pdf -", "pdf 2:p:1"])
        #expect(lines.dropFirst().allSatisfy { $0.prefix(64).allSatisfy(\.isHexDigit) && $0.dropFirst(64).first == " " })
        #expect(!cached.contains("Patienten") && !cached.contains("-1212"))

        // A changed file is read again; the unchanged one is not.
        let changed = fixture(["underlag.pdf": Array("%PDF underlag, ny version".utf8)])
        let third = CountingExtractor(text: Self.onePage)
        #expect(check(changed, AttachmentScanner(extractor: third, cache: .file(cacheFile))).1.isEmpty)
        #expect(third.runs == 1)
    }

    @Test func aFailureIsNotRemembered() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cacheFile = folder + "/attachments"
        let files = fixture(["underlag.pdf": [1]])
        _ = check(files, AttachmentScanner(extractor: CountingExtractor { _, _ in .failure(.programMissing) }, cache: .file(cacheFile)))
        #expect(!FileManager.default.fileExists(atPath: cacheFile))
        let later = CountingExtractor(text: Self.onePage)
        _ = check(files, AttachmentScanner(extractor: later, cache: .file(cacheFile)))
        #expect(later.runs == 2)
    }

    @Test func theCacheIsBoundedAndAnotherVersionsIsIgnored() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = AttachmentScanCache(path: folder + "/attachments", maximumEntries: 3)
        let entries = (0..<5).map { (key: String(repeating: "\($0)", count: 64) + " pdf", findings: AttachmentFindings()) }
        cache.store(Array(entries.suffix(2)), earlier: Array(entries.prefix(3)))
        #expect(cache.load().map(\.key) == entries.suffix(3).map(\.key))
        try "samverkan bilagor 0\n\(entries[0].key) -\n".write(toFile: cache.path, atomically: true, encoding: .utf8)
        #expect(cache.load().isEmpty)
    }

    /// On disk the standard scanner runs, and remembers beside the output folder.
    @Test(.enabled(if: pdftotextInstalled)) func onDiskTheCacheIsBesideTheOutputFolder() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fixture = Fixture.fixturesFolder.appendingPathComponent("content").path
        try FileManager.default.copyItem(atPath: fixture, toPath: folder + "/content")
        try FileManager.default.copyItem(atPath: Fixture.repositoryFolder.appendingPathComponent("templates").path, toPath: folder + "/templates")
        try Data(MinimalPDF.make(pages: ["Presentation av avtalet"])).write(to: URL(fileURLWithPath: folder + "/content/files/presentation.pdf"))
        try Data(MinimalPDF.make(pages: ["Ett", "Patienten 19121212-1212"])).write(to: URL(fileURLWithPath: folder + "/content/files/underlag.pdf"))
        let options = BuildOptions(contentDirectory: folder + "/content", templatesDirectory: folder + "/templates",
                                   outputDirectory: folder + "/ut/site", today: Fixture.today)
        try FileManager.default.createDirectory(atPath: folder + "/ut", withIntermediateDirectories: false)
        let expected = ["\(folder)/content/files/underlag.pdf: error: sida 2: här står ett personnummer; det får inte publiceras — \(Self.documentHint)"]

        let first = SiteBuilder(history: NoSourceHistory()).check(options)
        #expect(first.diagnostics.sorted.map(\.description) == expected)
        #expect(FileManager.default.fileExists(atPath: folder + "/ut/.samverkan-cache/attachments"))

        var builder = SiteBuilder(history: NoSourceHistory())
        let counting = CountingExtractor(text: Self.onePage)
        builder.attachments = AttachmentScanner(extractor: counting)
        #expect(builder.check(options).diagnostics.sorted.map(\.description) == expected)
        #expect(counting.runs == 0)
    }

    @Test func theFolderThatHoldsTheOutput() {
        #expect(AttachmentScanner.folder(holding: "site") == ".")
        #expect(AttachmentScanner.folder(holding: "site/") == ".")
        #expect(AttachmentScanner.folder(holding: "/var/www/site/") == "/var/www")
        #expect(AttachmentScanner.folder(holding: "/site") == "/")
        #expect(AttachmentScanner().cacheFile(outputDirectory: "site")?.path == ".samverkan-cache/attachments")
        #expect(AttachmentScanner().cacheFile(outputDirectory: "ut/site")?.path == "ut/.samverkan-cache/attachments")
    }
}
