import SamverkanModel
import SamverkanSearch

/// How a build gets its search index.
public enum SearchIndexing: Sendable {
    /// No search on purpose: no index, no warning; the search page says search is not available.
    case disabled
    /// No indexer could be found: as `disabled`, with one warning saying so.
    case unavailable
    /// Indexes the searchable pages as part of the build, all or nothing with the rest of the site;
    /// keeps each shard of the live site's index whose pages did not change, and indexes the others.
    case during(any SearchIndexer)
    /// For the preview: never waits for the indexer. `ready` is the newest index the caller made
    /// (and so the one it published last). Uses each of its shards (or, before there is one, the
    /// live site's) that was made from the pages this build has, keeps a changed one as it is, and
    /// when any changed reports the pages to index (`BuildReport.searchPagesToIndex`), so the
    /// caller can index the changed shards in the background and build again with the result.
    case deferred(any SearchIndexer, ready: SearchIndex?)

    /// Whether the search page offers search.
    var offersSearch: Bool {
        switch self {
        case .disabled, .unavailable: false
        case .during, .deferred: true
        }
    }

    /// Whether the build runs the indexer itself.
    var indexesDuringBuild: Bool {
        if case .during = self { return true }
        return false
    }
}
