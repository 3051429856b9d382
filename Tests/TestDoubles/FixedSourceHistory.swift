import SamverkanLoading
import SamverkanModel

/// A history given in advance, with the diagnostics to report alongside: a build's git, in memory.
public struct FixedSourceHistory: SourceHistoryReader {
    public var history: SourceHistory
    public var diagnostics: [Diagnostic]

    public init(_ history: SourceHistory, diagnostics: [Diagnostic] = []) {
        self.history = history
        self.diagnostics = diagnostics
    }

    /// Each path with its first and last commit time (Unix seconds).
    public init(_ commits: [String: (first: Int, last: Int)], diagnostics: [Diagnostic] = []) {
        self.init(SourceHistory(files: commits.mapValues { SourceHistory.Commits(first: $0.first, last: $0.last) }),
                  diagnostics: diagnostics)
    }

    public func history(ofContentAt contentDirectory: String) -> (SourceHistory, [Diagnostic]) {
        (history, diagnostics)
    }
}
