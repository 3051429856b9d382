import SamverkanModel

/// Why a search index could not be made.
public struct SearchIndexError: Error, Sendable, Hashable {
    /// The indexer's executable, or the file the problem is about.
    public var path: String
    public var reason: String
    /// The shard being made when it failed (`2024`); `nil` when it is not about one shard.
    public var shard: String?

    public init(path: String, reason: String, shard: String? = nil) {
        self.path = path
        self.reason = reason
        self.shard = shard
    }

    public var diagnostic: Diagnostic {
        .error(SourceLocation(path: path), "sökindexet kunde inte byggas"
               + (shard.map { " (delindexet \($0))" } ?? "") + ": \(reason)",
               hint: "ingenting skrevs; rätta felet eller bygg utan sökindex")
    }
}
