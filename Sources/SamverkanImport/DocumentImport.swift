import SamverkanModel
import SamverkanSite

/// What importing one document did: made a draft (with or without warnings), skipped it because
/// its meeting is there already, or failed, with why.
public struct DocumentImport: Sendable {
    public enum Status: Sendable, Equatable {
        case created(ScaffoldedFile)
        /// The meeting file that is there already.
        case skipped(String)
        case failed
    }

    /// The document, as given.
    public var document: String
    public var status: Status
    public var diagnostics: DiagnosticList

    /// As `samverkan import` of one document reports it: a meeting that is there already is an error.
    public var scaffoldResult: ScaffoldResult {
        switch status {
        case let .created(file): return ScaffoldResult(created: file, diagnostics: diagnostics)
        case let .skipped(path): return ScaffoldResult(created: nil, diagnostics: DiagnosticList([MinutesImporter.existing(path)]))
        case .failed: return ScaffoldResult(created: nil, diagnostics: diagnostics)
        }
    }
}
