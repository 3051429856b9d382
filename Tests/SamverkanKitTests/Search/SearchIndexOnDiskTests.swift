import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// On disk, a site whose searchable pages did not change keeps its index without running the indexer.
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
    }

    @Test func theIndexerRunsOnlyWhenASearchablePageChanged() throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(atPath: site.root) }
        let indexer = FakeSearchIndexer()
        let builder = SiteBuilder(search: .during(indexer))
        #expect(builder.build(site.options).exitStatus == 0)
        #expect(indexer.runCount == 1)

        let again = builder.build(site.options)
        #expect(again.exitStatus == 0)
        #expect(indexer.runCount == 1)
        #expect(again.published.written == [])

        let meeting = site.content + "/meetings/2024/2024-10-03-sro.md"
        let text = try String(contentsOfFile: meeting, encoding: .utf8)
        try (text + "\nEtt nytt stycke om sökordet kallelsetid.\n").write(toFile: meeting, atomically: true, encoding: .utf8)
        let changed = builder.build(site.options)
        #expect(changed.exitStatus == 0)
        #expect(indexer.runCount == 2)
        #expect(site.read("moten/2024/2024-10-03-sro/index.html")?.contains("kallelsetid") == true)

        // Another version of the indexer makes the index again from the same pages.
        let newer = FakeSearchIndexer(identity: "fake 2.0")
        #expect(SiteBuilder(search: .during(newer)).build(site.options).exitStatus == 0)
        #expect(newer.runCount == 1)
    }

    @Test func aDeferredIndexKeepsTheLiveOneAndNamesThePagesToIndex() throws {
        let site = try Site()
        defer { try? FileManager.default.removeItem(atPath: site.root) }
        let indexer = FakeSearchIndexer()
        #expect(SiteBuilder(search: .during(indexer)).build(site.options).exitStatus == 0)
        let liveIndex = site.read("pagefind/index.txt")

        let meeting = site.content + "/meetings/2024/2024-10-03-sro.md"
        let text = try String(contentsOfFile: meeting, encoding: .utf8)
        try (text + "\nÄndrat.\n").write(toFile: meeting, atomically: true, encoding: .utf8)
        let deferred = SiteBuilder(search: .deferred(indexer, ready: nil)).build(site.options)
        #expect(deferred.exitStatus == 0)
        #expect(indexer.runCount == 1)
        #expect(site.read("pagefind/index.txt") == liveIndex)
        let pages = try #require(deferred.searchPagesToIndex)
        #expect(pages.contains { $0.path == "moten/2024/2024-10-03-sro/index.html" })

        let ready = try SearchIndex.make(pages, with: indexer)
        let withIndex = SiteBuilder(search: .deferred(indexer, ready: ready)).build(site.options)
        #expect(withIndex.searchPagesToIndex == nil)
        #expect(withIndex.published.written.sorted() == ["pagefind/samverkan-index.txt"])
        #expect(site.read("pagefind/samverkan-index.txt") == ready.digest + "\n")
    }
}
