import ArgumentParser
import Foundation
import SamverkanModel
import SamverkanSearch
import SamverkanSite

/// Which Pagefind makes the search index: shared by build and serve.
struct SearchOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Pagefind-programmet som bygger sökindexet. Annars .venv/bin/pagefind (make venv), annars pagefind i PATH.",
                                            valueName: "sökväg"))
    var pagefind: String?

    @Flag(name: .customLong("no-search"), help: "Bygg utan sökindex; söksidan säger då att sökning saknas.")
    var noSearch = false

    /// The indexer to use: `--pagefind`, else the project environment's, else the one on `PATH`;
    /// `nil` when there is none (or `--no-search`). A Pagefind that is there but does not run is an error.
    func indexer() throws -> (any SearchIndexer)? {
        if noSearch { return nil }
        guard let executable = pagefind ?? Self.found() else { return nil }
        do {
            return try PagefindIndexer(executable: executable)
        } catch {
            FileHandle.standardError.write(Data(DiagnosticPrinter.report(DiagnosticList([error.diagnostic])).utf8))
            throw ExitCode(1)
        }
    }

    /// How the build gets its index.
    func indexing() throws -> SearchIndexing {
        if noSearch { return .disabled }
        return try indexer().map { .during($0) } ?? .unavailable
    }

    static func found() -> String? {
        let candidates = [".venv/bin/pagefind"]
            + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { $0 + "/pagefind" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
