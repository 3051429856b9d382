/// When each content file was committed: the first and the last commit that touched it, as Unix
/// seconds of the committer date (`%ct`), by path under the content folder
/// (`meetings/2024/2024-10-03-sro.md`, `bodies/sro.md`, `topics/avtal.md`, `pages/om.md`).
///
/// Empty when the content folder is not in a git repository (or its history cannot be read): the
/// pages then show no dates. A file never committed has no entry.
public struct SourceHistory: Sendable, Hashable {
    /// The commits of one file.
    public struct Commits: Sendable, Hashable, Encodable {
        /// The earliest committer date: when the page was first published.
        public var first: Int
        /// The latest committer date: when the page last changed.
        public var last: Int

        public init(first: Int, last: Int) {
            self.first = first
            self.last = last
        }
    }

    public private(set) var files: [String: Commits]

    public init(files: [String: Commits] = [:]) {
        self.files = files
    }

    public var isEmpty: Bool { files.isEmpty }

    /// The commits of the file at `path` (under the content folder), if it was ever committed.
    public subscript(path: String) -> Commits? { files[path] }

    /// Counts a commit at `time` for `path`.
    public mutating func record(_ path: String, at time: Int) {
        if let known = files[path] {
            files[path] = Commits(first: min(known.first, time), last: max(known.last, time))
        } else {
            files[path] = Commits(first: time, last: time)
        }
    }
}
