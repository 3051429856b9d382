import Foundation
import Testing
import SamverkanLoading
@testable import SamverkanSearch

/// Reading back the index a site on disk has: each shard with its stamp, only the wanted ones.
@Suite struct SearchIndexLiveTests {
    func write(_ index: SearchIndex, to folder: String) throws {
        for file in index.files {
            let path = folder + "/" + file.path
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(file.bytes).write(to: URL(fileURLWithPath: path))
        }
    }

    @Test func theLiveShardsAreReadBackAsTheyWereWritten() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let index = try SearchIndex.make(SearchIndexShardTests.documents, with: RecordingIndexer())
        try write(index, to: folder)
        #expect(SearchIndex.live(in: folder) == index)

        // Only the shards whose stamp says the digest asked for; a shard without its stamp is not one.
        let wanted = ["2023": index.shards[0].digest, "2024": "sh128-0-2", "sidor": index.shards[2].digest]
        try FileManager.default.removeItem(atPath: folder + "/pagefind/sidor/samverkan-index.txt")
        #expect(SearchIndex.live(in: folder, keepingOnly: wanted).shards == [index.shards[0]])
        #expect(SearchIndex.live(in: folder + "/saknas").shards == [])
    }
}
