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
        #expect(digest == "fnv1a64-\(String(Self.referenceDigest(documents, identity: "fake 1.0"), radix: 16))-2")
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

    /// FNV-1a as its definition reads, byte by byte, for comparison.
    static func referenceDigest(_ documents: [SearchDocument], identity: String) -> UInt64 {
        func fnv(_ bytes: [UInt8]) -> UInt64 {
            bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        }
        var all = Array(identity.utf8)
        for document in documents.sorted(by: { $0.path < $1.path }) {
            let value = fnv(Array(document.path.utf8) + [0] + document.bytes)
            all += (0 ..< 8).map { UInt8(truncatingIfNeeded: value >> UInt64($0 * 8)) }
        }
        return fnv(all)
    }
}
