import Foundation
import SamverkanModel

/// What a build or check did: its diagnostics and, for a build that succeeded, what it wrote.
public struct BuildReport: Sendable {
    public var diagnostics: DiagnosticList
    /// Whether warnings fail the run (`--strict`).
    public var strict: Bool = false
    /// Pages the site has.
    public var pageCount: Int = 0
    /// Pages whose HTML was rendered by this build rather than taken from an earlier one in this process.
    public var pagesRendered: Int = 0
    /// Pages written because they were new or changed, and pages left untouched on disk.
    public var pagesWritten: Int = 0
    public var pagesUnchanged: Int = 0
    /// What the write changed on disk.
    public var published = PublishResult()
    /// With a deferred search index that was made from other pages: the searchable pages of this
    /// build, for the caller to index and build again with.
    public var searchPagesToIndex: [OutputFile]?

    public init(diagnostics: DiagnosticList, strict: Bool = false) {
        self.diagnostics = diagnostics
        self.strict = strict
    }

    public var succeeded: Bool {
        !diagnostics.hasErrors && !(strict && !diagnostics.warnings.isEmpty)
    }

    /// The command's exit status: 0 when it succeeded, 1 on any error (or warning, when strict).
    public var exitStatus: Int32 { succeeded ? 0 : 1 }
}

extension BuildReport {
    /// The one line every build ends with: pages written and unchanged, other files, time, warnings.
    public func summaryLine(outputDirectory: String, seconds: Double) -> String {
        guard succeeded else { return "Bygget avbröts: ingenting skrevs till \(outputDirectory)/." }
        var parts = [Self.count(pagesWritten, "sida skriven", "sidor skrivna"), Self.count(pagesUnchanged, "oförändrad", "oförändrade")]
        let otherFiles = published.written.count - pagesWritten
        if otherFiles > 0 { parts.append(Self.count(otherFiles, "annan fil skriven", "andra filer skrivna")) }
        if !published.removed.isEmpty { parts.append(Self.count(published.removed.count, "fil borttagen", "filer borttagna")) }
        return "Klart (\(outputDirectory)/): " + parts.joined(separator: ", ") + ", \(Self.duration(seconds)), \(warningCount)."
    }

    /// What `serve` says after a rebuild: "Sökindexet är uppdaterat." when only the search index
    /// changed (a re-made shard replaces its files, so some are removed), else "Byggt: 1 sida
    /// skriven, 28 oförändrade, 1 fil borttagen."
    public var previewLine: String {
        let index = SiteURL.searchIndexFolder
        if pagesWritten == 0, published.written.contains(where: { $0.hasPrefix(index) }),
           published.written.allSatisfy({ $0.hasPrefix(index) }), published.removed.allSatisfy({ $0.hasPrefix(index) }) {
            return "Sökindexet är uppdaterat."
        }
        var parts = [Self.count(pagesWritten, "sida skriven", "sidor skrivna"), Self.count(pagesUnchanged, "oförändrad", "oförändrade")]
        if !published.removed.isEmpty { parts.append(Self.count(published.removed.count, "fil borttagen", "filer borttagna")) }
        return "Byggt: " + parts.joined(separator: ", ") + "."
    }

    /// "0,41 s": seconds as a Swedish reader writes them.
    public static func duration(_ seconds: Double) -> String {
        String(format: "%.2f", seconds).replacingOccurrences(of: ".", with: ",") + " s"
    }

    /// "inga varningar", "1 varning", "13 varningar".
    public var warningCount: String {
        let count = diagnostics.sorted.count { $0.severity == .warning }
        return count == 0 ? "inga varningar" : Self.count(count, "varning", "varningar")
    }

    static func count(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }
}
