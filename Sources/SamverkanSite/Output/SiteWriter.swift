import SamverkanModel

/// Stage 8: puts a finished site in place. One interface, so file writing can be swapped and tests
/// can keep the site in memory.
public protocol SiteWriter: Sendable {
    /// Makes `directory` hold exactly `files`. A file whose bytes are already there is left untouched;
    /// when writing fails, the folder is left as it was.
    func publish(_ files: [OutputFile], to directory: String) throws(OutputError) -> PublishResult
    /// Puts one new version of a file the published site in `directory` has already in its place,
    /// at once (for `serve`'s preview of an edited page, before the whole site is published again).
    func replace(_ file: OutputFile, in directory: String) throws(OutputError)
    /// Starts a publish to `directory` that takes the files one by one (`SiteStaging`), with the
    /// same all-or-nothing result as `publish`.
    func stage(to directory: String) throws(OutputError) -> any SiteStaging
}

extension SiteWriter {
    /// For writers that only implement `publish` (the one in memory for tests): collects the files in
    /// memory and calls `publish` at `finish`; `carry` returns false and `liveFile` nil.
    public func stage(to directory: String) throws(OutputError) -> any SiteStaging {
        CollectingSiteStaging(writer: self, directory: directory)
    }
}

/// What a publish changed, by path under the output folder.
public struct PublishResult: Sendable, Hashable {
    /// Files that were new or had other bytes, and were written.
    public var written: [String] = []
    /// Files that were there already with the same bytes, and were left alone.
    public var unchanged: Int = 0
    /// Files that were there but are no longer part of the site, and were removed.
    public var removed: [String] = []

    public init(written: [String] = [], unchanged: Int = 0, removed: [String] = []) {
        self.written = written
        self.unchanged = unchanged
        self.removed = removed
    }
}

/// Why a site could not be written.
public struct OutputError: Error, Sendable, Hashable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var diagnostic: Diagnostic {
        .error(SourceLocation(path: path), "webbplatsen kunde inte skrivas: \(reason)")
    }
}
