import Testing
@testable import SamverkanSearch

/// A shard's digest: what it was made from, the same in every process.
@Suite struct SearchIndexDigestTests {
    static func document(_ path: String, _ text: String) -> SearchDocument {
        SearchDocument(path: path, shard: "2024", bytes: Array(text.utf8))
    }

    @Test func theDigestChangesWithAnyDocumentAndWithTheIndexersVersion() {
        let documents = [Self.document("a/index.html", "a"), Self.document("b/index.html", "b")]
        let indexer = RecordingIndexer(identity: "fake 1.0")
        let digest = SearchIndex.digest(of: documents, indexer: indexer)
        #expect(SearchIndex.digest(of: documents.reversed(), indexer: indexer) == digest)
        #expect(SearchIndex.digest(of: [documents[0], Self.document("b/index.html", "B")], indexer: indexer) != digest)
        #expect(SearchIndex.digest(of: [documents[0], Self.document("c/index.html", "b")], indexer: indexer) != digest)
        #expect(SearchIndex.digest(of: [documents[0]], indexer: indexer) != digest)
        #expect(SearchIndex.digest(of: documents, indexer: RecordingIndexer(identity: "fake 2.0")) != digest)
        // Stable across processes and machines: a fixed value, not Swift's seeded Hasher.
        #expect(digest == "sh128-1b88d58959e9d9f106bb71fa911f61a2-2")
    }

    @Test func documentsAreGroupedByShardInNameOrder() {
        let documents = [SearchDocument(path: "om/index.html", shard: "sidor", bytes: []),
                         SearchDocument(path: "moten/2024/a/index.html", shard: "2024", bytes: []),
                         SearchDocument(path: "moten/2023/a/index.html", shard: "2023", bytes: [])]
        let shards = SearchIndex.shards(of: documents, indexer: RecordingIndexer())
        #expect(shards.map(\.name) == ["2023", "2024", "sidor"])
        #expect(shards.map { $0.documents.map(\.path) } == [["moten/2023/a/index.html"], ["moten/2024/a/index.html"], ["om/index.html"]])
        #expect(SearchIndex.digests(of: shards)["2024"] == SearchIndex.digest(of: [documents[1]], indexer: RecordingIndexer()))
    }

    /// A page the build did not make again is known by its digest alone: its shard's digest is the
    /// one the whole document gives, so an unchanged shard is kept whether its pages were made or not.
    @Test func aDocumentKnownByItsDigestGivesTheSameShardDigest() {
        let made = [Self.document("a/index.html", "a"), Self.document("b/index.html", "b")]
        let known = [made[0], SearchDocument(path: "b/index.html", shard: "2024", digest: made[1].digest)]
        #expect(known[1].bytes == nil)
        #expect(SearchIndex.digest(of: known, indexer: RecordingIndexer()) == SearchIndex.digest(of: made, indexer: RecordingIndexer()))
    }

    /// The indexer is never handed a document without its HTML: the shard is refused with the page named.
    @Test func aShardWithADocumentNotMadeIsNotIndexed() {
        let documents = [Self.document("a/index.html", "a"), SearchDocument(path: "b/index.html", shard: "2024", digest: Self.document("b/index.html", "b").digest)]
        let indexer = RecordingIndexer()
        #expect(throws: SearchIndexError.self) { try SearchIndex.make(documents, with: indexer) }
        #expect(indexer.shardsMade.isEmpty)
    }
}
