import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// The search index is made inside the build and written with the rest of the site, all or nothing.
@Suite struct SearchIndexTests {
    @Test func theIndexIsWrittenWithTheSiteFromTheSearchablePagesOnly() throws {
        let (report, site) = Fixture.build(Fixture.fileSystem())
        #expect(report.exitStatus == 0)
        let indexed = try #require(site["pagefind/index.txt"]).split(separator: "\n").map(String.init)
        #expect(indexed.contains("moten/2024/2024-10-03-sro/index.html"))
        #expect(indexed.contains("organ/sro/index.html"))
        #expect(indexed.contains("amnen/avtal/index.html"))
        #expect(indexed.contains("om/index.html"))
        // The lists only repeat what the pages they list say.
        for list in ["index.html", "tidslinje/index.html", "beslut/index.html", "sok/index.html", "404.html"] {
            #expect(!indexed.contains(list), "\(list) was indexed")
        }
        #expect(site["pagefind/samverkan-index.txt"]?.hasPrefix("fnv1a64-") == true)
        #expect(site["sok/index.html"]?.contains(#"<script src="../pagefind/pagefind-ui.js"></script>"#) == true)
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

    @Test func aFailingIndexerStopsTheBuildAndNothingIsWritten() {
        let indexer = FakeSearchIndexer(failure: SearchIndexError(path: ".venv/bin/pagefind", reason: "Pagefind avslutades med kod 1: slut på minne"))
        let writer = InMemorySiteWriter()
        let report = SiteBuilder(fileSystem: Fixture.fileSystem(), writer: writer, search: .during(indexer))
            .build(BuildOptions(today: Fixture.today))
        #expect(report.exitStatus == 1)
        #expect(report.diagnostics.errors.map(\.description) == [
            ".venv/bin/pagefind: error: sökindexet kunde inte byggas: Pagefind avslutades med kod 1: slut på minne — ingenting skrevs; rätta felet eller bygg utan sökindex",
        ])
        #expect(writer.site(at: "site") == nil)
    }

    @Test func anIndexerThatWritesOutsideItsFolderIsRefused() {
        struct Stray: SearchIndexer {
            let identity = "stray"
            func index(_ pages: [OutputFile]) throws(SearchIndexError) -> [OutputFile] {
                [OutputFile(path: "index.html", text: "ersatt")]
            }
        }
        let (report, site) = Fixture.build(Fixture.fileSystem(), search: .during(Stray()))
        #expect(report.diagnostics.errors.map(\.description) == [
            "index.html: error: sökindexet kunde inte byggas: indexeraren skrev en fil utanför pagefind/ — ingenting skrevs; rätta felet eller bygg utan sökindex",
        ])
        #expect(site.isEmpty)
    }

    @Test func theDigestChangesWithAnyPageAndWithTheIndexersVersion() {
        let pages = [OutputFile(path: "a/index.html", text: "a"), OutputFile(path: "b/index.html", text: "b")]
        let digest = SearchIndex.digest(of: pages, indexer: FakeSearchIndexer())
        #expect(SearchIndex.digest(of: pages.reversed(), indexer: FakeSearchIndexer()) == digest)
        #expect(SearchIndex.digest(of: [pages[0], OutputFile(path: "b/index.html", text: "B")], indexer: FakeSearchIndexer()) != digest)
        #expect(SearchIndex.digest(of: [pages[0], OutputFile(path: "c/index.html", text: "b")], indexer: FakeSearchIndexer()) != digest)
        #expect(SearchIndex.digest(of: [pages[0]], indexer: FakeSearchIndexer()) != digest)
        #expect(SearchIndex.digest(of: pages, indexer: FakeSearchIndexer(identity: "fake 2.0")) != digest)
        // Stable across processes and machines: a fixed value, not Swift's seeded Hasher.
        #expect(digest == "fnv1a64-\(String(Self.referenceDigest(pages, identity: "fake 1.0"), radix: 16))-2")
    }

    /// FNV-1a as its definition reads, byte by byte, for comparison.
    static func referenceDigest(_ pages: [OutputFile], identity: String) -> UInt64 {
        func fnv(_ bytes: [UInt8]) -> UInt64 {
            bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        }
        var all = Array(identity.utf8)
        for page in pages.sorted(by: { $0.path < $1.path }) {
            let value = fnv(Array(page.path.utf8) + [0] + page.bytes)
            all += (0 ..< 8).map { UInt8(truncatingIfNeeded: value >> UInt64($0 * 8)) }
        }
        return fnv(all)
    }
}
