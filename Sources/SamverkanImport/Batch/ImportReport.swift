import Foundation
import SamverkanModel

/// What a run of `samverkan import` did with each document: the summary printed at its end, and the
/// same as JSON for `--report FILE.json`.
public struct ImportReport: Sendable {
    public var imports: [DocumentImport]
    /// Rows of the manifest that could not be read: each a failed document.
    public var manifestProblems: [Diagnostic]

    public init(imports: [DocumentImport], manifestProblems: [Diagnostic] = []) {
        self.imports = imports
        self.manifestProblems = manifestProblems
    }

    public var clean: [DocumentImport] { imports.filter { if case .created = $0.status { $0.diagnostics.items.isEmpty } else { false } } }
    public var withWarnings: [DocumentImport] { imports.filter { if case .created = $0.status { !$0.diagnostics.items.isEmpty } else { false } } }
    public var skipped: [DocumentImport] { imports.filter { if case .skipped = $0.status { true } else { false } } }
    public var failed: [DocumentImport] { imports.filter { $0.status == .failed } }
    public var failedCount: Int { failed.count + manifestProblems.count }
    public var succeeded: Bool { failedCount == 0 }

    /// The lines printed at the end of the run.
    public var summary: String {
        var lines = ["Importerade \(clean.count + withWarnings.count) av \(imports.count + manifestProblems.count) dokument: "
            + "\(clean.count) utan varningar, \(withWarnings.count) med varningar, \(skipped.count) fanns redan, \(failedCount) misslyckades."]
        for item in withWarnings {
            if case let .created(file) = item.status {
                let count = item.diagnostics.items.count
                lines.append("  med varningar: \(item.document) → \(file.path) (\(count) \(count == 1 ? "varning" : "varningar"))")
            }
        }
        for item in skipped {
            if case let .skipped(path) = item.status { lines.append("  finns redan: \(item.document) → \(path)") }
        }
        for item in failed {
            lines.append("  misslyckades: \(item.document): \(Self.reason(item))")
        }
        for problem in manifestProblems {
            lines.append("  misslyckades: \(problem.location): \(problem.message)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func reason(_ item: DocumentImport) -> String {
        item.diagnostics.errors.map { $0.message + ($0.hint.map { " — \($0)" } ?? "") }.joined(separator: "; ")
    }

    struct Entry: Encodable {
        var document: String
        var status: String
        var meeting: String?
        var reason: String?
        var warnings: [String]
    }

    struct Document: Encodable {
        var imported: Int
        var importedWithWarnings: Int
        var skipped: Int
        var failed: Int
        var documents: [Entry]
    }

    /// The report as JSON: counts, and each document with its status (`imported`, `warnings`,
    /// `skipped`, `failed`), its meeting file, its reason and its warnings as printed.
    public var json: [UInt8] {
        var entries: [Entry] = imports.map { item in
            switch item.status {
            case let .created(file):
                return Entry(document: item.document, status: item.diagnostics.items.isEmpty ? "imported" : "warnings",
                             meeting: file.path, reason: nil, warnings: item.diagnostics.sorted.map(\.description))
            case let .skipped(path):
                return Entry(document: item.document, status: "skipped", meeting: path, reason: "finns redan", warnings: [])
            case .failed:
                return Entry(document: item.document, status: "failed", meeting: nil, reason: Self.reason(item),
                             warnings: item.diagnostics.warnings.map(\.description))
            }
        }
        entries += manifestProblems.map { Entry(document: $0.location.description, status: "failed", meeting: nil, reason: $0.message, warnings: []) }
        let document = Document(imported: clean.count, importedWithWarnings: withWarnings.count, skipped: skipped.count,
                                failed: failedCount, documents: entries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(document)).map(Array.init) ?? Array("{}".utf8)) + [10]
    }
}
