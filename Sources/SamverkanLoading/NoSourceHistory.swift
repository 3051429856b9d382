import SamverkanModel

/// No history at all: for content that is not on disk (a file system in memory has no git).
public struct NoSourceHistory: SourceHistoryReader {
    public init() {}

    public func history(ofContentAt contentDirectory: String) -> (SourceHistory, [Diagnostic]) {
        (SourceHistory(), [])
    }
}
