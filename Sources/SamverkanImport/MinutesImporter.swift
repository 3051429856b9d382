import Foundation
import SamverkanLoading
import SamverkanModel
import SamverkanSite

/// Runs `samverkan import`: reads a Word document or a web page with pandoc, or a PDF or a scan with
/// poppler and Tesseract (`PageReader`), reads the minutes out of it with the one recognizer, and
/// creates a draft meeting at its contract path, never over an existing file, with the document
/// copied beside it under `content/files/<yyyy>/` as its `original:`. The warnings name lines of the
/// written file.
public struct MinutesImporter: Sendable {
    public struct Request: Sendable, Hashable {
        /// The document, as written on the command line or in the manifest.
        public var document: String
        /// The body id, as in `bodies/<id>.md`.
        public var body: String
        /// `YYYY-MM-DD` when given; otherwise the document's own date.
        public var date: String?

        public init(document: String, body: String, date: String? = nil) {
            self.document = document
            self.body = body
            self.date = date
        }
    }

    public var fileSystem: FileSystem
    public var writer: ScaffoldWriter
    public var converter: WordConverter
    public var htmlConverter: WordConverter
    public var pageReader: PageReader
    public var originals: OriginalWriter

    public init(fileSystem: FileSystem = DiskFileSystem(), writer: ScaffoldWriter = DiskScaffoldWriter(),
                converter: WordConverter = PandocConverter(), htmlConverter: WordConverter = PandocHTMLConverter(),
                pageReader: PageReader = PageReader(), originals: OriginalWriter = DiskOriginalWriter()) {
        self.fileSystem = fileSystem
        self.writer = writer
        self.converter = converter
        self.htmlConverter = htmlConverter
        self.pageReader = pageReader
        self.originals = originals
    }

    static let existingHint = "redigera den, eller ta bort den först om utkastet ska ersätta den"

    static func existing(_ path: String) -> Diagnostic {
        .error(SourceLocation(path: path), "filen finns redan och skrivs inte över", hint: existingHint)
    }

    /// The content folder read for a run of imports; nil and its errors when it cannot be read.
    public func site(contentDirectory: String) -> (ImportSite?, DiagnosticList) {
        let (loaded, diagnostics) = ContentLoader(fileSystem: fileSystem).load(contentDirectory: contentDirectory)
        guard let content = loaded else { return (nil, DiagnosticList(diagnostics.errors)) }
        return (ImportSite(content: content, contentDirectory: contentDirectory, fileSystem: fileSystem), DiagnosticList())
    }

    public func importMinutes(_ request: Request, contentDirectory: String) -> ScaffoldResult {
        let (site, problems) = site(contentDirectory: contentDirectory)
        guard let site else { return ScaffoldResult(created: nil, diagnostics: problems) }
        return importDocument(request, into: site).scaffoldResult
    }

    /// One document into `site`: a draft, a skip (its meeting is there), or the errors that stopped it.
    /// `beforeWriting` is called once the document is read, before anything is looked up in or
    /// written to the content folder (a batch uses it to write in the order given).
    public func importDocument(_ request: Request, into site: ImportSite, beforeWriting: () -> Void = {}) -> DocumentImport {
        let content = site.content
        let contentDirectory = site.contentDirectory
        func failed(_ problems: [Diagnostic]) -> DocumentImport {
            DocumentImport(document: request.document, status: .failed, diagnostics: DiagnosticList(problems))
        }
        var problems: [Diagnostic] = []
        var givenDate: CalendarDate?
        if let written = request.date {
            givenDate = CalendarDate(iso: written.trimmingSpaces())
            if givenDate == nil {
                problems.append(.error(SourceLocation(input: .date), "'\(written)' är inte ett datum", hint: "skriv ÅÅÅÅ-MM-DD, t.ex. 2026-12-03"))
            }
        }
        if content.bodiesByID[request.body] == nil {
            problems.append(MeetingScaffold.unknownBody(request.body, content: content, contentDirectory: contentDirectory))
        }
        // The document's name as the user gave it, without control characters: it is printed.
        let documentName = ControlCharacters.removing(from: request.document)
        let documentLocation = SourceLocation(path: documentName)
        guard let kind = DocumentKind(path: request.document) else {
            problems.append(ImportFailure.unsupportedKind(DocumentKind.ending(of: request.document)).diagnostic(at: documentLocation))
            return failed(problems)
        }
        // The bytes once, for the original and to know a document imported before.
        let bytes = (try? WordFile.open(request.document, maximumBytes: pageReader.maximumBytes)).flatMap { $0.bytes(at: 0, count: $0.size) }
        if problems.isEmpty, let bytes, let meeting = site.originals[Data(bytes)] {
            return DocumentImport(document: request.document, status: .skipped(meeting), diagnostics: DiagnosticList())
        }
        let read: ReadDocument
        do throws(ImportFailure) {
            read = try self.read(request.document, kind: kind, known: site.knownWords)
        } catch {
            problems.append(error.diagnostic(at: documentLocation))
            return failed(problems)
        }
        guard problems.isEmpty else { return failed(problems) }

        var draft = MinutesRecognizer.read(read.blocks)
        guard let date = givenDate ?? draft.date else {
            return failed([.error(documentLocation, "dokumentet säger inte vilken dag mötet hölls",
                                  hint: "ange mötesdagen med datumet ÅÅÅÅ-MM-DD (--date)")])
        }
        let slug = "\(date)-\(request.body)"
        let relativePath = "meetings/\(date.year)/\(slug).md"
        let path = join(contentDirectory, relativePath)
        beforeWriting()
        let existing = Set(content.meetings.map(\.relativePath)).union(content.undecodable)
        if existing.contains(relativePath) {
            return DocumentImport(document: request.document, status: .skipped(path), diagnostics: DiagnosticList())
        }
        var warnings: [Diagnostic] = []
        // The original beside its transcription, unless it holds a personal identity number (check refuses those).
        var originalPath: String?
        if let bytes {
            if PersonalIdentityNumber.redacting(MinutesRecognizer.plainText(read.blocks)).removed.isEmpty {
                let ending = DocumentKind.ending(of: request.document)
                for number in 1...9 {
                    let href = "files/\(date.year)/\(slug)\(number == 1 ? "" : "-\(number)").\(ending)"
                    let target = join(contentDirectory, href)
                    do throws(ScaffoldWriteError) {
                        try originals.create(bytes, at: target)
                        draft.original = (href, read.method)
                        originalPath = target
                        break
                    } catch {
                        if case let .failed(reason) = error {
                            return failed([.error(SourceLocation(path: target), "originalet kan inte kopieras: \(reason)",
                                                  hint: "kontrollera att innehållsmappen finns och att du får skriva i den")])
                        }
                    }
                }
            } else {
                warnings.append(.warning(SourceLocation(path: path, line: 1),
                                         "dokumentet innehåller personnummer och kopieras därför inte till content/files/",
                                         hint: "lägg en kopia utan personnumren i content/files/\(date.year)/ och skriv original: i utkastet"))
            }
        }
        let (draftText, located) = draft.text(body: request.body, date: date)
        // No personal identity number is ever written: each becomes `[personnummer borttaget]`, with a warning at its line.
        let (text, removedNumbers) = PersonalIdentityNumber.redacting(draftText)
        do throws(ImportFailure) {
            try MeetingDraft.checkLimits(of: text)
        } catch {
            if let originalPath { originals.remove(originalPath) }
            return failed([error.diagnostic(at: documentLocation)])
        }
        warnings += located.map { line, warning in
            Diagnostic.warning(SourceLocation(path: path, line: line), warning.message, hint: warning.hint)
        }
        warnings += removedNumbers.map { PersonalIdentityNumber.removedWarning($0, path: path) }
        if let givenDate, let own = draft.date, own != givenDate {
            warnings.append(.warning(SourceLocation(path: path, line: 3), "dokumentet säger \(own), men mötet skrevs som \(givenDate)",
                                     hint: "kontrollera mötesdagen"))
        }
        if read.trackedChanges > 0 {
            warnings.append(.warning(SourceLocation(path: path, line: 1),
                                     "dokumentet har \(read.trackedChanges) spårade ändringar: tillagd text är med, borttagen text är inte med",
                                     hint: "jämför utkastet med dokumentet där ändringarna finns"))
        }
        for (what, count) in Self.counted(read.dropped) {
            warnings.append(.warning(SourceLocation(path: path, line: 1),
                                     count == 1 ? "\(what) i dokumentet är inte med i utkastet" : "\(what) i dokumentet är inte med i utkastet (\(count) gånger)",
                                     hint: what.hasPrefix("Ett styrtecken") ? "styrtecken syns inte i Word och får inte stå i en publicerad text"
                                                                            : "lägg till det för hand om det behövs"))
        }
        warnings += ReviewMarks.warnings(read, in: text, path: path, original: draft.original?.href)
        let file = ScaffoldedFile(relativePath: relativePath, path: path, text: text,
                                  note: "utkast ur \(documentName); \(Self.summary(draft))",
                                  whenExists: Self.existing(path))
        if let problem = file.create(with: writer) {
            if let originalPath { originals.remove(originalPath) }
            if problem == file.whenExists {
                return DocumentImport(document: request.document, status: .skipped(path), diagnostics: DiagnosticList())
            }
            return failed([problem])
        }
        return DocumentImport(document: request.document, status: .created(file), diagnostics: DiagnosticList(warnings.map(Self.printable)))
    }

    /// The document's blocks, by its kind.
    func read(_ document: String, kind: DocumentKind, known: Set<String>) throws(ImportFailure) -> ReadDocument {
        switch kind {
        case .word:
            return ReadDocument(try PandocDocument.parse(converter.pandocJSON(of: document)), method: .word)
        case .html:
            do throws(ImportFailure) {
                return ReadDocument(try PandocDocument.parse(htmlConverter.pandocJSON(of: document)), method: .text)
            } catch {
                if case let .unreadable(reason) = error { throw .htmlUnreadable(reason) }
                throw error
            }
        case .pdf, .image:
            return try pageReader.read(document, kind: kind, known: known)
        }
    }

    /// "7 punkter, 34 deltagare, 9 ställningstaganden"
    static func summary(_ draft: MeetingDraft) -> String {
        let items = draft.blocks.filter { if case .item = $0 { return true } else { return false } }.count
        let people = draft.groups.reduce(0) { $0 + $1.members.count }
        let decisions = draft.decisions.count
        return "\(items) \(items == 1 ? "punkt" : "punkter"), \(people) deltagare, "
            + "\(decisions) \(decisions == 1 ? "ställningstagande" : "ställningstaganden")"
    }

    /// The reader has left control characters out of every text of the document already; a warning
    /// quotes that text and is printed, so it is made sure of once more. A personal identity number
    /// in the quoted text is replaced as in the draft: the terminal may be a public CI log.
    static func printable(_ warning: Diagnostic) -> Diagnostic {
        var warning = warning
        warning.message = PersonalIdentityNumber.redacting(ControlCharacters.removing(from: warning.message)).text
        warning.hint = warning.hint.map { PersonalIdentityNumber.redacting(ControlCharacters.removing(from: $0)).text }
        return warning
    }

    static func counted(_ items: [String]) -> [(String, Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for item in items {
            if counts[item] == nil { order.append(item) }
            counts[item, default: 0] += 1
        }
        return order.map { ($0.prefix(1).uppercased() + $0.dropFirst(), counts[$0] ?? 1) }
    }
}
