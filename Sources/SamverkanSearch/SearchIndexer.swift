import SamverkanModel

/// Makes one shard's search index from its documents: the seam that lets tests index without
/// Pagefind, and the preview server index in the background.
public protocol SearchIndexer: Sendable {
    /// Names the indexer and its version (`pagefind 1.5.2`): an index made by another version is
    /// made again, even from the same documents.
    var identity: String { get }
    /// The shard's bundle for `documents` (all of one shard): its files as paths inside the
    /// bundle's folder (`pagefind.js`, `fragment/…`), which `SearchIndex` puts under `pagefind/<shard>/`.
    func index(_ documents: [SearchDocument]) throws(SearchIndexError) -> [OutputFile]
}
