/// Stage 8: puts a finished site in place. One interface, so file writing can be swapped and tests
/// can keep the site in memory.
public protocol SiteWriter: Sendable {
    /// Replaces the content of `directory` with `files`, all or nothing.
    func publish(_ files: [OutputFile], to directory: String) throws(OutputError)
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
