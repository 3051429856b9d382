import Testing
@testable import SamverkanSearch

/// The index in shards: each shard made from its own documents, kept when they did not change,
/// at most two made at a time, and a failure in one shard the failure of the whole.
@Suite struct SearchIndexShardTests {
    static func document(_ path: String, _ shard: String, _ text: String = "text") -> SearchDocument {
        SearchDocument(path: path, shard: shard, bytes: Array(text.utf8))
    }

    static let documents = [
        document("moten/2023/a/index.html", "2023", "a"),
        document("moten/2024/b/index.html", "2024", "b"),
        document("moten/2024/c/index.html", "2024", "c"),
        document("om/index.html", "sidor", "om"),
    ]

    @Test func eachShardIsMadeFromItsOwnDocumentsIntoItsOwnFolder() throws {
        let indexer = RecordingIndexer()
        let index = try SearchIndex.make(Self.documents, with: indexer)
        #expect(indexer.shardsMade.sorted() == ["2023", "2024", "sidor"])
        #expect(index.shards.map(\.name) == ["2023", "2024", "sidor"])
        let files = Dictionary(uniqueKeysWithValues: index.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        #expect(files["pagefind/2024/index/list.txt"] == "moten/2024/b/index.html: b\nmoten/2024/c/index.html: c\n")
        #expect(files["pagefind/sidor/index/list.txt"] == "om/index.html: om\n")
        #expect(files["pagefind/2023/samverkan-index.txt"] == index.shards[0].digest + "\n")
        #expect(files["pagefind/samverkan-shards.js"]?.contains(#"var samverkanSearchShards = ["sidor", "2024", "2023"];"#) == true)
        #expect(files["pagefind/pagefind-ui.js"] == "// ui\n")
        #expect(files["pagefind/pagefind-ui.css"] == "/* ui */\n")
        #expect(files.keys.allSatisfy { $0.hasPrefix("pagefind/") })
    }

    @Test func anUnchangedShardIsKeptByteForByteWithoutRunningTheIndexer() throws {
        let first = try SearchIndex.make(Self.documents, with: RecordingIndexer())
        let indexer = RecordingIndexer()
        let again = try SearchIndex.make(Self.documents, with: indexer, keeping: first)
        #expect(indexer.shardsMade == [])
        #expect(again == first)
        #expect(again.files == first.files)
    }

    @Test func anEditedDocumentRemakesOnlyItsShard() throws {
        let first = try SearchIndex.make(Self.documents, with: RecordingIndexer())
        var edited = Self.documents
        edited[2] = SearchDocument(path: edited[2].path, shard: edited[2].shard, bytes: Array("c, med en rad till".utf8))
        let indexer = RecordingIndexer()
        let second = try SearchIndex.make(edited, with: indexer, keeping: first)
        #expect(indexer.shardsMade == ["2024"])
        #expect(second.shards[0] == first.shards[0])
        #expect(second.shards[2] == first.shards[2])
        #expect(second.shards[1].digest != first.shards[1].digest)
        let changed = Set(second.files).subtracting(first.files).map(\.path).sorted()
        #expect(changed == ["pagefind/2024/index/list.txt", "pagefind/2024/samverkan-index.txt"])
    }

    @Test func aShardWithoutDocumentsIsGoneAndANewOneIsMade() throws {
        let first = try SearchIndex.make(Self.documents, with: RecordingIndexer())
        let indexer = RecordingIndexer()
        let second = try SearchIndex.make(Array(Self.documents.dropFirst()) + [Self.document("moten/2025/d/index.html", "2025")],
                                          with: indexer, keeping: first)
        #expect(indexer.shardsMade == ["2025"])
        #expect(second.shards.map(\.name) == ["2024", "2025", "sidor"])
        #expect(!second.files.contains { $0.path.hasPrefix("pagefind/2023/") })
    }

    @Test func anotherIndexerVersionRemakesEveryShard() throws {
        let first = try SearchIndex.make(Self.documents, with: RecordingIndexer())
        let newer = RecordingIndexer(identity: "recording 2.0")
        _ = try SearchIndex.make(Self.documents, with: newer, keeping: first)
        #expect(newer.shardsMade.sorted() == ["2023", "2024", "sidor"])
    }

    @Test func atMostTwoShardsAreMadeAtATime() throws {
        let documents = (2000 ..< 2008).map { Self.document("moten/\($0)/m/index.html", "\($0)") }
        let indexer = RecordingIndexer(delay: 0.05)
        let index = try SearchIndex.make(documents, with: indexer)
        #expect(index.shards.count == 8)
        #expect(indexer.shardsMade.count == 8)
        #expect(indexer.mostAtOnce <= SearchIndex.concurrentShards)
        #expect(SearchIndex.concurrentShards == 2)
    }

    @Test func aFailingShardFailsTheWholeIndexNamingTheShard() {
        let indexer = RecordingIndexer(failing: ["2024"])
        #expect(throws: SearchIndexError(path: "/usr/bin/pagefind", reason: "Pagefind avslutades med kod 1", shard: "2024")) {
            try SearchIndex.make(Self.documents, with: indexer)
        }
        let error = SearchIndexError(path: "/usr/bin/pagefind", reason: "Pagefind avslutades med kod 1", shard: "2024")
        #expect(error.diagnostic.description == "/usr/bin/pagefind: error: sökindexet kunde inte byggas (delindexet 2024): Pagefind avslutades med kod 1 — ingenting skrevs; rätta felet eller bygg utan sökindex")
    }

    @Test func aShardNameThatIsNoFolderNameIsRefused() {
        #expect(throws: SearchIndexError.self) {
            try SearchIndex.make([Self.document("x/index.html", "../x")], with: RecordingIndexer())
        }
    }

    @Test func aDeferredIndexKeepsTheWantedShardsAndSaysWhetherAllAreCurrent() throws {
        let index = try SearchIndex.make(Self.documents, with: RecordingIndexer())
        let digests = Dictionary(uniqueKeysWithValues: index.shards.map { ($0.name, $0.digest) })
        let (same, allCurrent) = index.deferred(to: digests)
        #expect(same == index)
        #expect(allCurrent)
        var changed = digests
        changed["2024"] = "sh128-0-2"
        changed["2023"] = nil
        let (kept, isCurrent) = index.deferred(to: changed)
        #expect(!isCurrent)
        #expect(kept.shards.map(\.name) == ["2024", "sidor"])
        changed["2026"] = "sh128-0-1"
        changed["2024"] = digests["2024"]
        #expect(index.deferred(to: changed).isCurrent == false)
    }
}
