import SamverkanModel

/// A content file that `samverkan new` writes: where, what, and the line that reports it.
public struct ScaffoldedFile: Sendable, Hashable {
    /// The path under the content folder: `meetings/2026/2026-12-03-sro.md`.
    public var relativePath: String
    /// The path as messages show it and as it is written: `content/meetings/2026/2026-12-03-sro.md`.
    public var path: String
    public var text: String
    /// What the closing line says in brackets: "deltagare från mötet 2024-10-03".
    public var note: String
    /// The error to report when the file turns out to exist after all (made by someone else meanwhile).
    public var whenExists: Diagnostic

    public init(relativePath: String, path: String, text: String, note: String, whenExists: Diagnostic) {
        self.relativePath = relativePath
        self.path = path
        self.text = text
        self.note = note
        self.whenExists = whenExists
    }

    /// "Skapade content/meetings/2026/2026-12-03-sro.md (deltagare från mötet 2024-10-03)."
    public var summary: String { "Skapade \(path) (\(note))." }

    /// Creates the file with `writer`: nil when it was made, the error when it was not (never over
    /// an existing file).
    public func create(with writer: ScaffoldWriter) -> Diagnostic? {
        do throws(ScaffoldWriteError) {
            try writer.create(text, at: path)
            return nil
        } catch {
            switch error {
            case .exists:
                return whenExists
            case let .failed(reason):
                return .error(SourceLocation(path: path), "filen kan inte skapas: \(reason)",
                              hint: "kontrollera att innehållsmappen finns och att du får skriva i den")
            }
        }
    }
}

/// What `samverkan new` did: the file it created, or the problems that stopped it.
public struct ScaffoldResult: Sendable {
    public var created: ScaffoldedFile?
    public var diagnostics: DiagnosticList

    public init(created: ScaffoldedFile?, diagnostics: DiagnosticList) {
        self.created = created
        self.diagnostics = diagnostics
    }

    public var succeeded: Bool { created != nil && !diagnostics.hasErrors }
}

/// What `samverkan init` did: the files it created, or the problems that stopped it.
public struct SiteScaffoldResult: Sendable {
    public var created: [ScaffoldedFile]
    public var diagnostics: DiagnosticList

    public init(created: [ScaffoldedFile], diagnostics: DiagnosticList) {
        self.created = created
        self.diagnostics = diagnostics
    }

    public var succeeded: Bool { !created.isEmpty && !diagnostics.hasErrors }
}

/// The error for a file that is there already: it is never overwritten.
enum ExistingFile {
    static func diagnostic(_ path: String, hint: String) -> Diagnostic {
        .error(SourceLocation(path: path), "filen finns redan och skrivs inte över", hint: hint)
    }
}
