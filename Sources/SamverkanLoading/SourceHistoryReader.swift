import SamverkanModel

/// Where a build learns when each content file was committed: the seam between the build and git,
/// so tests give a fixed history and a build in memory reads none.
public protocol SourceHistoryReader: Sendable {
    /// The history of the files under `contentDirectory`, and what the run should be told about it
    /// (warnings only: a build without history still publishes).
    func history(ofContentAt contentDirectory: String) -> (SourceHistory, [Diagnostic])
}
