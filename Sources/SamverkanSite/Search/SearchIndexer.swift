import SamverkanModel

/// Makes a site's search index from its searchable pages: the seam that lets tests index without
/// Pagefind, and the preview server index in the background.
public protocol SearchIndexer: Sendable {
    /// Names the indexer and its version (`pagefind 1.5.2`): an index made by another version is
    /// made again, even from the same pages.
    var identity: String { get }
    /// The index's files, as paths under the output folder (`pagefind/…`), for `pages` (HTML
    /// files as paths under the output folder).
    func index(_ pages: [OutputFile]) throws(SearchIndexError) -> [OutputFile]
}

/// Why a search index could not be made.
public struct SearchIndexError: Error, Sendable, Hashable {
    /// The indexer's executable, or the file the problem is about.
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var diagnostic: Diagnostic {
        .error(SourceLocation(path: path), "sökindexet kunde inte byggas: \(reason)",
               hint: "ingenting skrevs; rätta felet eller bygg utan sökindex")
    }
}
