import SamverkanModel

/// A finished search index in shards: each shard's bundle in `pagefind/<shard>/`, made from that
/// shard's documents only and remade only when they change, plus two files made from the shards at
/// every build: the list of shards the search page merges (`pagefind/samverkan-shards.js`) and the
/// search interface, copied from the first shard to `pagefind/` where the search page loads it.
public struct SearchIndex: Sendable, Hashable {
    /// The list of shards, for the search page: a script setting `samverkanSearchShards`.
    public static let manifestPath = SiteURL.searchIndexFolder + "samverkan-shards.js"
    /// The interface's files, copied from the first shard's bundle to `pagefind/`.
    static let interfaceFiles = ["pagefind-ui.js", "pagefind-ui.css"]
    /// How many shards are indexed at a time: each run of the indexer holds one shard in memory.
    public static let concurrentShards = 2

    /// The shards, in name order.
    public var shards: [SearchShard]

    public init(shards: [SearchShard]) {
        self.shards = shards.sorted { $0.name < $1.name }
    }

    /// The shards in the order the search page loads them: the first is PagefindUI's own bundle,
    /// the others are merged into it. Reverse name order: `sidor` before the years, the newest year first.
    public var loadOrder: [SearchShard] { shards.reversed() }

    /// Every file of the index under the output folder: the shards', the list of shards and the
    /// interface. No files when there are no shards.
    public var files: [OutputFile] {
        guard let first = loadOrder.first else { return [] }
        let names = loadOrder.map { "\"\($0.name)\"" }.joined(separator: ", ")
        var files = shards.flatMap(\.files)
        files.append(OutputFile(path: Self.manifestPath, text: """
            // Sökindexets delar (samverkan): söksidan laddar den första och slår ihop de andra med den (mergeIndex).
            var samverkanSearchShards = [\(names)];

            """))
        let folder = SearchShard.folder(first.name)
        for name in Self.interfaceFiles {
            if let file = first.files.first(where: { $0.path == folder + name }) {
                files.append(OutputFile(path: SiteURL.searchIndexFolder + name, bytes: file.bytes))
            }
        }
        return files
    }

    /// Indexes `documents` shard by shard, at most `concurrentShards` at a time. A shard of `current`
    /// whose digest is the one its documents have now is kept as it is, byte for byte, without
    /// running the indexer; a shard no document belongs to any more is left out. When a shard
    /// fails, the error of the first failing shard (in name order) is thrown and nothing is made.
    public static func make(_ documents: [SearchDocument], with indexer: any SearchIndexer,
                            keeping current: SearchIndex? = nil) throws(SearchIndexError) -> SearchIndex {
        try make(shards(of: documents, indexer: indexer), with: indexer, keeping: current)
    }

    /// As `make(_:with:keeping:)`, for documents already put into shards (`shards(of:indexer:)`).
    public static func make(_ wanted: [ShardDocuments], with indexer: any SearchIndexer,
                            keeping current: SearchIndex? = nil) throws(SearchIndexError) -> SearchIndex {
        if let invalid = wanted.first(where: { !SearchShard.isValidName($0.name) }) {
            throw SearchIndexError(path: invalid.documents.first?.path ?? SiteURL.searchIndexFolder,
                                   reason: "'\(invalid.name)' duger inte som namn på en del av indexet (bara a–z, 0–9 och -)")
        }
        let kept = Dictionary((current?.shards ?? []).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var finished: [SearchShard] = []
        var toIndex: [ShardDocuments] = []
        for shard in wanted {
            if let old = kept[shard.name], old.digest == shard.digest { finished.append(old) } else { toIndex.append(shard) }
        }
        let results = toIndex.boundedMap(limit: concurrentShards, stopsAfter: { if case .failure = $0 { true } else { false } }) {
            shard -> Result<SearchShard, SearchIndexError> in
            do throws(SearchIndexError) {
                return .success(try Self.shard(shard, with: indexer))
            } catch {
                return .failure(SearchIndexError(path: error.path, reason: error.reason, shard: shard.name))
            }
        }
        for result in results {
            switch result {
            case .none: continue
            case let .success(shard)?: finished.append(shard)
            case let .failure(error)?: throw error
            }
        }
        return SearchIndex(shards: finished)
    }

    /// The shard the indexer makes from `shard`'s documents, its files checked to stay in its folder.
    static func shard(_ shard: ShardDocuments, with indexer: any SearchIndexer) throws(SearchIndexError) -> SearchShard {
        if let unmade = shard.documents.first(where: { $0.bytes == nil }) {
            throw SearchIndexError(path: unmade.path, reason: "sidans sökdokument gjordes inte, så delen kan inte indexeras")
        }
        let bundle = try indexer.index(shard.documents)
        if let stray = bundle.first(where: { !SearchShard.isInsideBundle($0.path) }) {
            throw SearchIndexError(path: stray.path, reason: "indexeraren skrev en fil utanför sin mapp \(SearchShard.folder(shard.name))")
        }
        return SearchShard.stamped(shard.name, bundle: bundle, digest: shard.digest)
    }

    /// For a build that does not wait for the indexer: this index's shards for a site whose shards
    /// should have `digests` (name → digest). Keeps every shard that is still wanted, current or not,
    /// and leaves out the others; `isCurrent` is whether every wanted shard is there and current.
    public func deferred(to digests: [String: String]) -> (index: SearchIndex, isCurrent: Bool) {
        let wanted = shards.filter { digests[$0.name] != nil }
        let isCurrent = wanted.count == digests.count && wanted.allSatisfy { digests[$0.name] == $0.digest }
        return (SearchIndex(shards: wanted), isCurrent)
    }
}
