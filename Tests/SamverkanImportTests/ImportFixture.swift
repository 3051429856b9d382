import Foundation
import SamverkanImport
import SamverkanLoading
import SamverkanModel
import SamverkanSite
import SamverkanTestDoubles

/// The Word documents in `Fixtures/word/` (made by `Fixtures/make-word-documents.py`), the
/// repository's content and templates in memory, and an import into them.
enum ImportFixture {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repositoryFolder = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let today = CalendarDate(year: 2026, month: 12, day: 4)!

    /// Whether Debian's pandoc is on PATH: the tests that run it are skipped without it.
    static let pandocInstalled = ChildProcess.executable(named: "pandoc", environment: ProcessInfo.processInfo.environment) != nil

    static func document(_ name: String) -> String {
        testsFolder.appendingPathComponent("Fixtures/word/\(name).docx").path
    }

    /// A file of `Fixtures/`: `pdf/2024-10-03-sro.pdf`.
    static func fixture(_ path: String) -> String {
        testsFolder.appendingPathComponent("Fixtures/\(path)").path
    }

    /// Whether Tesseract with its Swedish model and the Swedish dictionary are installed (`make deps`):
    /// the tests that read scans are skipped without them.
    static let ocrInstalled: Bool = {
        let environment = ProcessInfo.processInfo.environment
        guard ChildProcess.executable(named: "tesseract", environment: environment) != nil,
              ChildProcess.executable(named: "hunspell", environment: environment) != nil else { return false }
        return FileManager.default.fileExists(atPath: "/usr/share/tesseract-ocr/5/tessdata/swe.traineddata")
            || FileManager.default.fileExists(atPath: "/usr/share/tesseract-ocr/4.00/tessdata/swe.traineddata")
    }()

    /// Whether poppler's pdfinfo, pdftotext and pdftoppm are installed.
    static let popplerInstalled = ChildProcess.executable(named: "pdftotext", environment: ProcessInfo.processInfo.environment) != nil

    /// `content/…` and `templates/…` of the repository, without the listed content files.
    static func realSite(without removed: [String] = []) -> InMemoryFileSystem {
        var files = InMemoryFileSystem()
        let disk = DiskFileSystem()
        for folder in ["content", "templates"] {
            let root = repositoryFolder.appendingPathComponent(folder).path
            for path in (try? disk.files(under: root))?.files ?? [] where !removed.contains("\(folder)/\(path)") {
                files.contents["\(folder)/\(path)"] = try? disk.readFile(at: root + "/" + path)
            }
        }
        return files
    }

    struct Imported: Sendable {
        var result: ScaffoldResult
        var files: InMemoryFileSystem
        /// The text of the created file, "" when none was created.
        var text: String
        /// The import's diagnostics as printed.
        var lines: [String]
        /// The originals copied under content/files/, by path.
        var originals: [String: [UInt8]] = [:]
    }

    /// Imports `document` into the real site (with `removing` taken out first) with Debian's pandoc.
    static func importing(_ document: String, body: String, date: String? = nil,
                          removing removed: [String] = [], converter: WordConverter = PandocConverter(),
                          pageReader: PageReader = PageReader()) -> Imported {
        var files = realSite(without: removed)
        let writer = InMemoryScaffoldWriter(existing: files)
        let originals = InMemoryOriginalWriter(existing: files)
        let result = MinutesImporter(fileSystem: files, writer: writer, converter: converter, pageReader: pageReader, originals: originals)
            .importMinutes(.init(document: document, body: body, date: date), contentDirectory: "content")
        let text = result.created.flatMap { writer.created[$0.path] } ?? ""
        if let created = result.created { files.write(text, to: created.path) }
        for (path, bytes) in originals.created { files.contents[path] = bytes }
        return Imported(result: result, files: files, text: text, lines: result.diagnostics.sorted.map(\.description),
                        originals: originals.created)
    }

    /// Runs `check` on the files: the report's printed lines.
    static func check(_ files: InMemoryFileSystem) -> (errors: [String], warnings: [String]) {
        let report = SiteBuilder(fileSystem: files, writer: InMemorySiteWriter()).check(BuildOptions(today: today))
        return (report.diagnostics.errors.map(\.description), report.diagnostics.warnings.map(\.description))
    }

    /// The meeting at `relativePath` (under content/) as the loader reads it.
    static func meeting(_ relativePath: String, in files: InMemoryFileSystem) -> Meeting? {
        let (content, _) = ContentLoader(fileSystem: files).load(contentDirectory: "content")
        return content?.meetings.first { $0.relativePath == relativePath }
    }

    /// `1`, `1a`, `1b`, `2` …: the agenda items and sub-items of a meeting's Markdown, in order.
    static func items(in markdown: String) -> [String] {
        var result: [String] = []
        var item = ""
        for line in markdown.split(separator: "\n") {
            if line.hasPrefix("## "), let number = Int(line.dropFirst(3).prefix { $0.isNumber }) {
                item = "\(number)"
                result.append(item)
            } else if line.hasPrefix("### ") {
                let rest = line.dropFirst(4).drop { $0.isNumber || $0 == " " }
                if let letter = rest.first, letter.isLetter, letter.isLowercase, rest.dropFirst().first == "." {
                    result.append(item + String(letter))
                }
            }
        }
        return result
    }
}
