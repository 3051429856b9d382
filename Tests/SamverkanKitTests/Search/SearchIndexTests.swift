import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
import SamverkanSearch
@testable import SamverkanSite
import SamverkanTestDoubles

/// The search index is made inside the build, in shards, and written with the rest of the site,
/// all or nothing.
@Suite struct SearchIndexTests {
    @Test func eachShardIsIndexedFromItsOwnSearchablePagesOnly() throws {
        let (report, site) = Fixture.build(Fixture.fileSystem())
        #expect(report.exitStatus == 0)
        func indexed(_ shard: String) throws -> [String] {
            try #require(site["pagefind/\(shard)/index.txt"]).split(separator: "\n").map(String.init)
        }
        #expect(try indexed("2024") == ["moten/2024/2024-10-03-sro/index.html", "moten/2024/2024-10-20-styrgrupp/index.html"])
        #expect(try indexed("2025") == ["moten/2025/2025-01-30-sro/index.html"])
        let pages = try indexed("sidor")
        #expect(pages.contains("organ/sro/index.html"))
        #expect(pages.contains("amnen/avtal/index.html"))
        #expect(pages.contains("om/index.html"))
        #expect(!pages.contains { $0.hasPrefix("moten/") })
        // The lists only repeat what the pages they list say.
        for list in ["index.html", "tidslinje/index.html", "beslut/index.html", "sok/index.html", "404.html"] {
            #expect(!pages.contains(list), "\(list) was indexed")
        }
        for shard in ["2024", "2025", "sidor"] {
            #expect(site["pagefind/\(shard)/samverkan-index.txt"]?.hasPrefix("sh128-") == true)
        }
        // The list of shards the search page merges, the first one's bundle first, and the interface beside it.
        #expect(site["pagefind/samverkan-shards.js"]?.contains(#"var samverkanSearchShards = ["sidor", "2025", "2024"];"#) == true)
        #expect(site["pagefind/pagefind-ui.js"] == "// sökgränssnitt\n")
        let page = try #require(site["sok/index.html"])
        #expect(page.contains(#"<script src="../pagefind/samverkan-shards.js"></script>"#))
        #expect(page.contains(#"<script src="../pagefind/pagefind-ui.js"></script>"#))
        #expect(page.contains("mergeIndex"))
        #expect(LinkChecker.brokenLinks(in: site) == [])
    }

    @Test func withoutAnIndexerTheBuildWarnsOnceAndTheSearchPageSaysSearchIsMissing() throws {
        let (report, site) = Fixture.build(Fixture.fileSystem(), search: .unavailable)
        #expect(report.exitStatus == 0)
        let problems = report.diagnostics.sorted.filter { $0.message.contains("Pagefind") }.map(\.description)
        #expect(problems == ["site/sok/index.html: warning: Pagefind hittades inte: webbplatsen byggs utan sökindex och söksidan säger att sökning saknas — installera Pagefind (make venv lägger det i .venv/bin/pagefind)"])
        let page = try #require(site["sok/index.html"])
        #expect(page.contains("Sökning finns inte på den här versionen av webbplatsen"))
        #expect(!page.contains("pagefind-ui"))
        #expect(site.keys.filter { $0.hasPrefix("pagefind/") } == [])
        #expect(LinkChecker.brokenLinks(in: site) == [])
    }

    @Test func searchTurnedOffOnPurposeGivesNoWarning() {
        let (report, site) = Fixture.build(Fixture.fileSystem(), search: .disabled)
        #expect(!report.diagnostics.sorted.contains { $0.message.contains("Pagefind") })
        #expect(site["sok/index.html"]?.contains("Sökning finns inte") == true)
    }

    @Test func aFailingShardStopsTheBuildWithALocatedErrorAndNothingIsWritten() {
        let indexer = FakeSearchIndexer(failure: SearchIndexError(path: ".venv/bin/pagefind", reason: "Pagefind avslutades med kod 1: slut på minne"))
        let writer = InMemorySiteWriter()
        let report = SiteBuilder(fileSystem: Fixture.fileSystem(), writer: writer, search: .during(indexer))
            .build(BuildOptions(today: Fixture.today))
        #expect(report.exitStatus == 1)
        #expect(report.diagnostics.errors.map(\.description) == [
            ".venv/bin/pagefind: error: sökindexet kunde inte byggas (delindexet 2024): Pagefind avslutades med kod 1: slut på minne — ingenting skrevs; rätta felet eller bygg utan sökindex",
        ])
        #expect(writer.site(at: "site") == nil)
    }

    @Test func anIndexerThatWritesOutsideItsShardsFolderIsRefused() {
        struct Stray: SearchIndexer {
            let identity = "stray"
            func index(_ documents: [SearchDocument]) throws(SearchIndexError) -> [OutputFile] {
                [OutputFile(path: "../../index.html", text: "ersatt")]
            }
        }
        let (report, site) = Fixture.build(Fixture.fileSystem(), search: .during(Stray()))
        #expect(report.diagnostics.errors.map(\.description) == [
            "../../index.html: error: sökindexet kunde inte byggas (delindexet 2024): indexeraren skrev en fil utanför sin mapp pagefind/2024/ — ingenting skrevs; rätta felet eller bygg utan sökindex",
        ])
        #expect(site.isEmpty)
    }

    /// A site whose `sok.mustache` is from before the shards still builds, with a warning at the
    /// template that says its search would find nothing and what to do; `check` says the same.
    @Test func aSearchPageFromBeforeTheShardsIsAWarning() throws {
        var files = Fixture.fileSystem()
        let source = String(decoding: files.contents["templates/sok.mustache"] ?? [], as: UTF8.self)
        files.write(source.replacingOccurrences(of: "samverkanSearchShards", with: "undefinedShards"), to: "templates/sok.mustache")
        let (report, site) = Fixture.build(files)
        #expect(report.exitStatus == 0)
        #expect(site["sok/index.html"] != nil)
        let expected = "templates/sok.mustache: warning: söksidans mall läser inte sökindexets delar (samverkanSearchShards): sökningen hittar ingenting"
        #expect(report.diagnostics.sorted.map(\.description).contains { $0.hasPrefix(expected) }, "\(report.diagnostics.sorted.map(\.description))")
        let check = SiteBuilder(fileSystem: files).check(BuildOptions(today: Fixture.today))
        #expect(check.diagnostics.sorted.map(\.description).contains { $0.hasPrefix(expected) })
        // The project's own template reads the shards: no warning.
        #expect(!Fixture.build(Fixture.fileSystem()).0.diagnostics.sorted.map(\.description).contains { $0.contains("sökindexets delar") })
    }
}
