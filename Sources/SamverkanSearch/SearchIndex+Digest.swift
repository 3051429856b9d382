import SamverkanModel

extension SearchIndex {
    /// The digest a shard of `documents` made by `indexer` has: FNV-1a (64 bits) over the indexer's
    /// identity and each document's path and bytes in path order, each document hashed on its own core.
    public static func digest(of documents: [SearchDocument], indexer: any SearchIndexer) -> String {
        let sorted = documents.sorted { $0.path < $1.path }
        let documentHashes = sorted.parallelMap { document in
            var hash = FNV1a()
            hash.add(bytes: document.path.utf8)
            hash.add(byte: 0)
            hash.add(bytes: document.bytes)
            return hash.value
        }
        var hash = FNV1a()
        hash.add(bytes: indexer.identity.utf8)
        for value in documentHashes { hash.add(word: value) }
        return "fnv1a64-" + String(hash.value, radix: 16) + "-\(documents.count)"
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
