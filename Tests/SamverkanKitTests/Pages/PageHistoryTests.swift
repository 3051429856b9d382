import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// "Publicerad … · Senast ändrad …" on the pages made from one file, from the history the build is given.
@Suite struct PageHistoryTests {
    static let site = Fixture.build(Fixture.fileSystem(), history: Fixture.history).1

    @Test func aMeetingPageShowsWhenItWasPublishedAndLastChanged() throws {
        let page = try #require(Self.site["moten/2024/2024-10-03-sro/index.html"])
        #expect(page.contains("""
              <p class="page-history" data-pagefind-ignore>Publicerad <time datetime="2024-10-04">4 oktober 2024</time> · Senast ändrad <time datetime="2024-10-25">25 oktober 2024</time></p>
            """))
    }

    @Test func commitsOnTheSameDayShowOnlyThePublicationDate() throws {
        let page = try #require(Self.site["moten/2024/2024-10-20-styrgrupp/index.html"])
        #expect(page.contains("""
              <p class="page-history" data-pagefind-ignore>Publicerad <time datetime="2024-10-21">21 oktober 2024</time></p>
            """))
        #expect(!page.contains("Senast ändrad"))
        #expect(try #require(Self.site["om/index.html"]).contains(#"Publicerad <time datetime="2024-09-02">2 september 2024</time></p>"#))
    }

    @Test func aFileNeverCommittedShowsNoDates() throws {
        for path in ["moten/2025/2025-01-30-sro/index.html", "organ/sro/index.html", "amnen/avtal/index.html"] {
            #expect(!(try #require(Self.site[path])).contains("page-history"), "\(path)")
        }
    }

    @Test func bodiesAndTopicsShowTheirFilesHistory() throws {
        let history = FixedSourceHistory(["bodies/sro.md": (first: 1_727_956_800, last: 1_728_993_600),
                                          "topics/avtal.md": (first: 1_727_956_800, last: 1_727_956_800)])
        let site = Fixture.build(Fixture.fileSystem(), history: history).1
        #expect(try #require(site["organ/sro/index.html"]).contains(
            #"Publicerad <time datetime="2024-10-03">3 oktober 2024</time> · Senast ändrad <time datetime="2024-10-15">15 oktober 2024</time></p>"#))
        #expect(try #require(site["amnen/avtal/index.html"]).contains(#"Publicerad <time datetime="2024-10-03">3 oktober 2024</time></p>"#))
        #expect(!(try #require(site["organ/sro/2024/index.html"])).contains("page-history"), "a year page is made from many files")
    }

    @Test func withoutHistoryNoPageShowsDates() throws {
        let site = Fixture.build(Fixture.fileSystem()).1
        #expect(site.filter { $0.key.hasSuffix(".html") && $0.value.contains("page-history") }.keys.sorted() == [])
    }

    @Test func theSitemapHasTheDayOfTheLastChange() throws {
        var files = Fixture.fileSystem()
        let settings = String(decoding: files.contents["content/site.yml"] ?? [], as: UTF8.self)
        files.write(settings + "base_url: https://samverkan.example.se\n", to: "content/site.yml")
        let sitemap = try #require(Fixture.build(files, history: Fixture.history).1["sitemap.xml"])
        #expect(sitemap.contains("  <url><loc>https://samverkan.example.se/moten/2024/2024-10-03-sro/</loc><lastmod>2024-10-25</lastmod></url>\n"))
        #expect(sitemap.contains("  <url><loc>https://samverkan.example.se/om/</loc><lastmod>2024-09-02</lastmod></url>\n"))
        #expect(sitemap.contains("  <url><loc>https://samverkan.example.se/organ/sro/</loc></url>\n"), "never committed: no lastmod")
        #expect(sitemap.components(separatedBy: "<lastmod>").count - 1 == 3)
    }

    @Test func theHistorysWarningsAreReportedAndTheBuildStillWrites() throws {
        let warning = Diagnostic.warning(SourceLocation(path: "content"), "historiken visas inte: git svarade \"fatal: trasigt\"")
        let (report, site) = Fixture.build(Fixture.fileSystem(), history: FixedSourceHistory(SourceHistory(), diagnostics: [warning]))
        #expect(report.diagnostics.sorted.map(\.description).filter { $0.contains("historiken") }
            == [#"content: warning: historiken visas inte: git svarade "fatal: trasigt""#])
        #expect(site["index.html"] != nil)
        let checked = SiteBuilder(fileSystem: Fixture.fileSystem(), history: FixedSourceHistory(SourceHistory(), diagnostics: [warning]))
            .check(BuildOptions(today: Fixture.today))
        #expect(checked.diagnostics.sorted.contains(warning))
    }

    @Test(arguments: [
        (1_729_981_800, "2024-10-27"),  // 22:30 UTC on 26 October is half past midnight in summer time
        (1_711_841_400, "2024-03-31"),  // 23:30 UTC on 30 March is half past midnight in winter time
        (1_719_784_799, "2024-06-30"),  // 23:59:59 in Stockholm
        (1_719_784_800, "2024-07-01"),  // midnight
        (1_735_685_999, "2024-12-31"),
        (1_735_686_000, "2025-01-01"),
        (0, "1970-01-01"),
        (-3_601, "1969-12-31"),
    ])
    func aCommitTimeIsADayInStockholm(_ seconds: Int, _ day: String) {
        #expect(StockholmTime.date(unixSeconds: seconds)?.description == day)
    }

    @Test func aCommitTimeOutsideTheCalendarHasNoDay() {
        #expect(StockholmTime.date(unixSeconds: Int.max) == nil)
        #expect(StockholmTime.date(unixSeconds: Int.min) == nil)
        #expect(StockholmTime.date(unixSeconds: 253_402_300_000) == nil, "10000-01-01 in Stockholm")
    }
}
