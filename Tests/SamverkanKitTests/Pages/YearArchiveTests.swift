import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Long lists do not grow with the archive: overviews show the newest years, every year has its
/// own page (in numbered pages when very long), and the pages link each other both ways.
@Suite struct YearArchiveTests {
    /// The fixture plus `perYear` SRO meetings with four decisions each in every year of `years`.
    static func archive(years: ClosedRange<Int>, perYear: Int) -> InMemoryFileSystem {
        var files = Fixture.fileSystem()
        for year in years {
            for number in 0 ..< perYear {
                let day = Calendar(identifier: .gregorian).date(from: DateComponents(year: year, month: 1, day: 1 + number))!
                let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: day)
                let date = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
                let decisions = (1 ... 4).map { "  - item: \($0)\n    kind: noterar\n    text: Beslut \($0) den \(date).\n" }.joined()
                files.write("---\nbody: sro\ndate: \(date)\ntopics: [avtal]\ndecisions:\n\(decisions)---\n"
                            + (1 ... 4).map { "## \($0). Punkt \($0)\n\nText.\n\n" }.joined(),
                            to: "content/meetings/\(year)/\(date)-sro.md")
            }
        }
        return files
    }

    static let small = Fixture.build(archive(years: 2001 ... 2025, perYear: 12), search: .disabled)

    @Test func theOverviewsShowTheNewestYearsAndLinkEveryYear() throws {
        let (report, site) = Self.small
        #expect(report.exitStatus == 0)
        let timeline = try #require(site["tidslinje/index.html"])
        // 12 meetings and 48 decisions a year, and the fixture's meetings, decisions and milestones:
        // the newest 200 entries are 2025, 2024 and 2023 whole and the newest 8 of 2022.
        #expect(timeline.contains(#"<h2 id="ar-2025">"#) && timeline.contains(#"<h2 id="ar-2022">"#))
        #expect(!timeline.contains(#"<h2 id="ar-2021">"#))
        #expect(timeline.components(separatedBy: "<li class=\"timeline__entry").count - 1 == YearArchive.overviewLimit)
        #expect(timeline.contains(#"<p class="more"><a href="2022/index.html">Hela 2022 (60, här visas de 8 senaste)</a></p>"#))
        for year in 2001 ... 2025 {
            #expect(timeline.contains(#"<a href="\#(year)/index.html">\#(year)</a>"#), "no link to \(year)")
            let page = try #require(site["tidslinje/\(year)/index.html"], "no year page \(year)")
            #expect(page.contains(#"<a href="index.html" aria-current="page">\#(year)</a>"#))
            #expect(page.contains(#"<a href="../index.html">Senaste</a>"#))
            #expect(site["beslut/\(year)/index.html"] != nil)
            #expect(site["organ/sro/\(year)/index.html"] != nil)
            #expect(site["amnen/avtal/\(year)/index.html"] != nil)
        }
        #expect(site["tidslinje/2000/index.html"] == nil)
        // A body's and a topic's page: the newest meetings (and their decisions) only.
        for path in ["organ/sro/index.html", "amnen/avtal/index.html"] {
            let page = try #require(site[path])
            let entries = page.components(separatedBy: "<li class=\"entry ").count - 1
            #expect(entries > 100 && entries <= YearArchive.overviewLimit, "\(path) lists \(entries)")
        }
        let register = try #require(site["beslut/index.html"])
        #expect(register.contains("Antal ställningstaganden i registret: <strong>\(25 * 12 * 4 + 7)</strong>"))
        #expect(LinkChecker.brokenLinks(in: site) == [])
    }

    @Test func aYearTooLongForOnePageIsSplitIntoNumberedPages() throws {
        let (report, site) = Fixture.build(Self.archive(years: 2024 ... 2024, perYear: 250), search: .disabled)
        #expect(report.exitStatus == 0)
        // 2024: 250 + 1000 fixture-free entries plus the fixture's → two timeline pages.
        let first = try #require(site["tidslinje/2024/index.html"])
        let second = try #require(site["tidslinje/2024/sida-2/index.html"])
        #expect(site["tidslinje/2024/sida-3/index.html"] == nil)
        #expect(first.contains("<h1>Tidslinje 2024, sida 1 av 2</h1>"))
        #expect(first.contains(#"<a href="sida-2/index.html" rel="next">"#))
        #expect(second.contains(#"<a href="../index.html" rel="prev">"#))
        #expect(first.components(separatedBy: "<li class=\"timeline__entry").count - 1 == YearArchive.pageSize)
        // The body's year too: 250 meetings and 1 000 decisions, meetings first.
        let bodyFirst = try #require(site["organ/sro/2024/index.html"])
        let bodySecond = try #require(site["organ/sro/2024/sida-2/index.html"])
        #expect(bodyFirst.contains("<h1>SRO 2024, sida 1 av 2</h1>"))
        #expect(bodyFirst.components(separatedBy: "<li class=\"entry ").count - 1 == YearArchive.pageSize)
        #expect(bodySecond.components(separatedBy: "<li class=\"entry ").count - 1 == 250 + 1000 + 5 + 1 - YearArchive.pageSize)
        // The overview cannot hold the year: its newest entries and a link to the rest.
        let overview = try #require(site["tidslinje/index.html"])
        #expect(overview.components(separatedBy: "<li class=\"timeline__entry").count - 1 == YearArchive.overviewLimit)
        #expect(overview.contains(#"<p class="more"><a href="2024/index.html">Hela 2024"#))
        #expect(LinkChecker.brokenLinks(in: site) == [])
        for (path, html) in site where path.hasSuffix(".html") {
            #expect(html.utf8.count < 1_000_000, "\(path) is \(html.utf8.count) bytes")
        }
    }
}
