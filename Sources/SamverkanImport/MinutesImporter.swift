import SamverkanLoading
import SamverkanModel
import SamverkanSite

/// Runs `samverkan import`: reads a Word document with pandoc, reads the minutes out of it and
/// creates a draft meeting at its contract path, never over an existing file. The warnings name
/// lines of the written file.
public struct MinutesImporter: Sendable {
    public struct Request: Sendable, Hashable {
        /// The Word document, as written on the command line.
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

    public init(fileSystem: FileSystem = DiskFileSystem(), writer: ScaffoldWriter = DiskScaffoldWriter(),
                converter: WordConverter = PandocConverter()) {
        self.fileSystem = fileSystem
        self.writer = writer
        self.converter = converter
    }

    public func importMinutes(_ request: Request, contentDirectory: String) -> ScaffoldResult {
        let (loaded, loadDiagnostics) = ContentLoader(fileSystem: fileSystem).load(contentDirectory: contentDirectory)
        guard let content = loaded else { return ScaffoldResult(created: nil, diagnostics: DiagnosticList(loadDiagnostics.errors)) }
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
        let documentLocation = SourceLocation(path: request.document)
        let document: PandocDocument
        do throws(ImportFailure) {
            document = try PandocDocument.parse(converter.pandocJSON(of: request.document))
        } catch {
            problems.append(Self.diagnostic(error, at: documentLocation))
            return ScaffoldResult(created: nil, diagnostics: DiagnosticList(problems))
        }
        guard problems.isEmpty else { return ScaffoldResult(created: nil, diagnostics: DiagnosticList(problems)) }

        let draft = MinutesRecognizer.read(document.blocks)
        guard let date = givenDate ?? draft.date else {
            return ScaffoldResult(created: nil, diagnostics: DiagnosticList([
                .error(documentLocation, "dokumentet säger inte vilken dag mötet hölls",
                       hint: "ange mötesdagen med datumet ÅÅÅÅ-MM-DD (--date)"),
            ]))
        }
        let relativePath = "meetings/\(date.year)/\(date)-\(request.body).md"
        let path = join(contentDirectory, relativePath)
        let existingHint = "redigera den, eller ta bort den först om utkastet ska ersätta den"
        let existing = Set(content.meetings.map(\.relativePath)).union(content.undecodable)
        if existing.contains(relativePath) {
            return ScaffoldResult(created: nil, diagnostics: DiagnosticList([
                .error(SourceLocation(path: path), "filen finns redan och skrivs inte över", hint: existingHint),
            ]))
        }
        let (text, located) = draft.text(body: request.body, date: date)
        var warnings = located.map { line, warning in
            Diagnostic.warning(SourceLocation(path: path, line: line), warning.message, hint: warning.hint)
        }
        if let givenDate, let own = draft.date, own != givenDate {
            warnings.append(.warning(SourceLocation(path: path, line: 3), "dokumentet säger \(own), men mötet skrevs som \(givenDate)",
                                     hint: "kontrollera mötesdagen"))
        }
        if document.trackedChanges > 0 {
            warnings.append(.warning(SourceLocation(path: path, line: 1),
                                     "dokumentet har \(document.trackedChanges) spårade ändringar: tillagd text är med, borttagen text är inte med",
                                     hint: "jämför utkastet med dokumentet där ändringarna finns"))
        }
        for (what, count) in Self.counted(document.dropped) {
            warnings.append(.warning(SourceLocation(path: path, line: 1),
                                     count == 1 ? "\(what) i dokumentet är inte med i utkastet" : "\(what) i dokumentet är inte med i utkastet (\(count) gånger)",
                                     hint: what.hasPrefix("Ett styrtecken") ? "styrtecken syns inte i Word och får inte stå i en publicerad text"
                                                                            : "lägg till det för hand om det behövs"))
        }
        let file = ScaffoldedFile(relativePath: relativePath, path: path, text: text,
                                  note: "utkast ur \(request.document); \(Self.summary(draft))",
                                  whenExists: .error(SourceLocation(path: path), "filen finns redan och skrivs inte över", hint: existingHint))
        if let problem = file.create(with: writer) {
            return ScaffoldResult(created: nil, diagnostics: DiagnosticList([problem]))
        }
        return ScaffoldResult(created: file, diagnostics: DiagnosticList(warnings))
    }

    /// "7 punkter, 34 deltagare, 9 ställningstaganden"
    static func summary(_ draft: MeetingDraft) -> String {
        let items = draft.blocks.filter { if case .item = $0 { return true } else { return false } }.count
        let people = draft.groups.reduce(0) { $0 + $1.members.count }
        let decisions = draft.decisions.count
        return "\(items) \(items == 1 ? "punkt" : "punkter"), \(people) deltagare, "
            + "\(decisions) \(decisions == 1 ? "ställningstagande" : "ställningstaganden")"
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

    static func diagnostic(_ failure: ImportFailure, at location: SourceLocation) -> Diagnostic {
        switch failure {
        case .pandocMissing:
            return .error(location, "pandoc finns inte", hint: "installera det: apt-get install pandoc (make site gör det)")
        case let .unreadable(reason):
            return .error(location, "dokumentet kan inte läsas som ett Word-dokument (\(reason))",
                          hint: "spara det som .docx i Word och försök igen")
        case let .timedOut(seconds):
            return .error(location, "pandoc läste dokumentet i mer än \(seconds) sekunder och avbröts",
                          hint: "spara dokumentet på nytt i Word, eller dela upp det")
        case let .tooLarge(bytes):
            return .error(location, "dokumentet är för stort (\(bytes / 1_048_576) MB)", hint: "ta bort bilder ur det och försök igen")
        }
    }
}
