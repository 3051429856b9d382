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
        // The document's name as the user gave it, without control characters: it is printed.
        let documentName = ControlCharacters.removing(from: request.document)
        let documentLocation = SourceLocation(path: documentName)
        let document: PandocDocument
        do throws(ImportFailure) {
            document = try PandocDocument.parse(converter.pandocJSON(of: request.document))
        } catch {
            problems.append(error.diagnostic(at: documentLocation))
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
        let (draftText, located) = draft.text(body: request.body, date: date)
        // No personal identity number is ever written: each becomes `[personnummer borttaget]`, with a warning at its line.
        let (text, removedNumbers) = PersonalIdentityNumber.redacting(draftText)
        do throws(ImportFailure) {
            try MeetingDraft.checkLimits(of: text)
        } catch {
            return ScaffoldResult(created: nil, diagnostics: DiagnosticList([error.diagnostic(at: documentLocation)]))
        }
        var warnings = located.map { line, warning in
            Diagnostic.warning(SourceLocation(path: path, line: line), warning.message, hint: warning.hint)
        }
        warnings += removedNumbers.map { PersonalIdentityNumber.removedWarning($0, path: path) }
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
                                  note: "utkast ur \(documentName); \(Self.summary(draft))",
                                  whenExists: .error(SourceLocation(path: path), "filen finns redan och skrivs inte över", hint: existingHint))
        if let problem = file.create(with: writer) {
            return ScaffoldResult(created: nil, diagnostics: DiagnosticList([problem]))
        }
        return ScaffoldResult(created: file, diagnostics: DiagnosticList(warnings.map(Self.printable)))
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
