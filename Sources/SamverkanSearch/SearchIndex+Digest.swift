import SamverkanModel

extension SearchIndex {
    /// The digest a shard of `documents` made by `indexer` has: `StableHasher` over the indexer's
    /// identity and each document's digest (its path and bytes) in path order, and their count.
    public static func digest(of documents: [SearchDocument], indexer: any SearchIndexer) -> String {
        var hasher = StableHasher()
        hasher.add(indexer.identity)
        for document in documents.sorted(by: { $0.path < $1.path }) {
            hasher.add(word: document.digest.high)
            hasher.add(word: document.digest.low)
        }
        return "sh128-\(hasher.finish())-\(documents.count)"
    }

    /// `documents` by shard, in name order, each with its digest.
    public static func shards(of documents: [SearchDocument], indexer: any SearchIndexer) -> [ShardDocuments] {
        Dictionary(grouping: documents, by: \.shard)
            .sorted { $0.key < $1.key }
            .map { name, documents in ShardDocuments(name: name, documents: documents, digest: digest(of: documents, indexer: indexer)) }
    }

    /// Each shard's digest, by name.
    public static func digests(of shards: [ShardDocuments]) -> [String: String] {
        Dictionary(shards.map { ($0.name, $0.digest) }, uniquingKeysWith: { first, _ in first })
    }
}
