import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
import SamverkanSearch
@testable import SamverkanSite
import SamverkanTestDoubles

/// On disk, a shard whose pages did not change keeps its files, byte for byte, without running the
/// indexer; an edit makes only its own shard again; a shard no page belongs to any more is gone.
@Suite struct SearchIndexOnDiskTests {
    struct Site {
        let root: String
        var content: String { root + "/content" }
        var output: String { root + "/site" }
        var options: BuildOptions {
            BuildOptions(contentDirectory: content, templatesDirectory: root + "/templates", outputDirectory: output, today: Fixture.today)
        }

        init() throws {
            root = try TemporaryFolder.make()
            try FileManager.default.copyItem(atPath: Fixture.fixturesFolder.appendingPathComponent("content").path, toPath: content)
            try FileManager.default.copyItem(atPath: Fixture.repositoryFolder.appendingPathComponent("templates").path, toPath: root + "/templates")
        }

        func read(_ path: String) -> String? {
            FileManager.default.contents(atPath: output + "/" + path).map { String(decoding: $0, as: UTF8.self) }
        }

        func append(_ text: String, to meeting: String) throws {
            let path = content + "/meetings/" + meeting
            try (try String(contentsOfFile: path, encoding: .utf8) + text).write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    @Test func theIndexerRunsOnlyForTheShardsWhosePagesChanged() throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(atPath: site.root) }
        let indexer = FakeSearchIndexer()
        let builder = SiteBuilder(search: .during(indexer))
        #expect(builder.build(site.options).exitStatus == 0)
        #expect(indexer.shardsMade.sorted() == ["2024", "2025", "sidor"])

        let again = builder.build(site.options)
        #expect(again.exitStatus == 0)
        #expect(indexer.runCount == 3)
        #expect(again.published.written == [])

        let keptPage = "moten/2024/2024-10-20-styrgrupp/index.html"
        let keptDocument = try #require(indexer.documents[keptPage])
        try site.append("\nEtt nytt stycke om sökordet kallelsetid.\n", to: "2024/2024-10-03-sro.md")
        let changed = builder.build(site.options)
        #expect(changed.exitStatus == 0)
        #expect(indexer.shardsMade.dropFirst(3) == ["2024"])
        // The other meeting of 2024 was kept from the site without being made (the build's record),
        // yet the indexer reads its whole document again with its shard.
        #expect(changed.pagesRendered < changed.pageCount)
        #expect(indexer.documents[keptPage] == keptDocument)
        #expect(site.read("moten/2024/2024-10-03-sro/index.html")?.contains("kallelsetid") == true)
        // The edited meeting's shard is written again (here only its stamp differs: the stand-in's
        // index lists the paths); the others keep their files.
        let index = changed.published.written.filter { $0.hasPrefix("pagefind/") }.sorted()
        #expect(index == ["pagefind/2024/samverkan-index.txt"])

        // Another version of the indexer makes every shard again from the same pages.
        let newer = FakeSearchIndexer(identity: "fake 2.0")
        #expect(SiteBuilder(search: .during(newer)).build(site.options).exitStatus == 0)
        #expect(newer.runCount == 3)
    }

    @Test func aShardNoPageBelongsToAnyMoreLeavesNoFiles() throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(atPath: site.root) }
        let indexer = FakeSearchIndexer()
        #expect(SiteBuilder(search: .during(indexer)).build(site.options).exitStatus == 0)
        #expect(FileManager.default.fileExists(atPath: site.output + "/pagefind/2025/index.txt"))

        try FileManager.default.removeItem(atPath: site.content + "/meetings/2025")
        let linking = site.content + "/meetings/2024/2024-10-03-sro.md"
        try (try String(contentsOfFile: linking, encoding: .utf8)).replacingOccurrences(of: "Se [nästa möte](meetings/2025/2025-01-30-sro.md).", with: "")
            .write(toFile: linking, atomically: true, encoding: .utf8)
        let report = SiteBuilder(search: .during(indexer)).build(site.options)
        #expect(report.exitStatus == 0, "\(report.diagnostics.sorted.map(\.description))")
        // The edited meeting's year and the body pages that listed the removed one are made again.
        #expect(indexer.shardsMade.dropFirst(3).sorted() == ["2024", "sidor"])
        #expect(!FileManager.default.fileExists(atPath: site.output + "/pagefind/2025"))
        #expect(site.read("pagefind/samverkan-shards.js")?.contains(#"["sidor", "2024"]"#) == true)
    }

    @Test func aDeferredIndexKeepsTheLiveShardsAndNamesThePagesToIndex() throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(atPath: site.root) }
        let indexer = FakeSearchIndexer()
        #expect(SiteBuilder(search: .during(indexer)).build(site.options).exitStatus == 0)
        let liveIndex = site.read("pagefind/2024/index.txt")

        try site.append("\nÄndrat.\n", to: "2024/2024-10-03-sro.md")
        let deferred = SiteBuilder(search: .deferred(indexer, ready: nil)).build(site.options)
        #expect(deferred.exitStatus == 0)
        #expect(indexer.runCount == 3)
        #expect(site.read("pagefind/2024/index.txt") == liveIndex)
        #expect(site.read("moten/2024/2024-10-03-sro/index.html")?.contains("Ändrat.") == true)
        let pages = try #require(deferred.searchPagesToIndex)
        #expect(pages.contains { $0.path == "moten/2024/2024-10-03-sro/index.html" })

        // The preview's background run: only the edited meeting's shard is indexed again.
        let ready = try SearchIndex.make(SearchDocuments.documents(reported: pages), with: indexer,
                                         keeping: SearchIndex.live(in: site.output))
        #expect(indexer.shardsMade.dropFirst(3) == ["2024"])
        let withIndex = SiteBuilder(search: .deferred(indexer, ready: ready)).build(site.options)
        #expect(withIndex.searchPagesToIndex == nil)
        #expect(withIndex.published.written.sorted() == ["pagefind/2024/samverkan-index.txt"])
        let stamp = try #require(ready.shards.first { $0.name == "2024" }).digest
        #expect(site.read("pagefind/2024/samverkan-index.txt") == stamp + "\n")
    }
}
