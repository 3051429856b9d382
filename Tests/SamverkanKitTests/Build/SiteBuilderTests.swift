import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

@Suite struct SiteBuilderTests {
    @Test func buildsEveryPageOfTheFixtureSite() throws {
        let (report, site) = Fixture.build(Fixture.fileSystem())
        #expect(report.diagnostics.sorted.isEmpty)
        #expect(report.exitStatus == 0)
        let expected = ["index.html", "tidslinje/index.html", "organ/index.html", "organ/sro/index.html",
                        "organ/styrgrupp/index.html", "moten/2024/2024-10-03-sro/index.html",
                        "moten/2025/2025-01-30-sro/index.html", "beslut/index.html", "amnen/index.html",
                        "amnen/avtal/index.html", "kommande/index.html", "om/index.html",
                        "files/presentation.pdf", "assets/style.css"]
        for path in expected { #expect(site[path] != nil, "missing \(path)") }
    }

    @Test func everyLinkAndAnchorResolves() {
        let (_, site) = Fixture.build(Fixture.fileSystem())
        #expect(LinkChecker.brokenLinks(in: site) == [])
    }

    @Test func everyPageIsReachableFromTheStartPage() {
        let (_, site) = Fixture.build(Fixture.fileSystem())
        #expect(LinkChecker.unreachablePages(in: site) == [])
    }

    @Test func theMeetingPageReadsAsTheMinutes() throws {
        let (_, site) = Fixture.build(Fixture.fileSystem())
        let page = try #require(site["moten/2024/2024-10-03-sro/index.html"])
        #expect(page.contains("<html lang=\"sv\""))
        #expect(page.contains("torsdag 3 oktober 2024"))
        #expect(page.contains("13:00–15:00"))
        #expect(page.contains("<h2 id=\"punkt-2\">2. Hälso- och sjukvårdsavtalet</h2>"))
        #expect(page.contains("id=\"beslut-2\""))
        #expect(page.contains("Förbundsdirektörerna får utse en ersättare."))
        #expect(page.contains("Miguel Odhner"))
        #expect(page.contains("frånvarande"))
        #expect(page.contains("Annica Hemberg"))
        #expect(page.contains("Rebecca Bretvold"))
        #expect(page.contains("href=\"../../../files/presentation.pdf\""))
        #expect(page.contains("href=\"../../2025/2025-01-30-sro/index.html\""))
        #expect(page.contains("<del>gamla</del>"))
    }

    @Test func upcomingMeetingsDependOnTheDayOfTheBuild() throws {
        let (_, before) = Fixture.build(Fixture.fileSystem(), today: CalendarDate(year: 2025, month: 1, day: 1)!)
        let (_, after) = Fixture.build(Fixture.fileSystem(), today: CalendarDate(year: 2025, month: 2, day: 1)!)
        #expect(try #require(before["kommande/index.html"]).contains("torsdag 30 januari 2025"))
        let later = try #require(after["kommande/index.html"])
        // The meeting of 30 January is no longer upcoming, but still listed as planned without minutes.
        #expect(later.contains("Inga planerade möten är inlagda just nu."))
        let pastPlanned = try #require(later.range(of: "Planerade möten utan publicerade anteckningar"))
        #expect(later[pastPlanned.upperBound...].contains("torsdag 30 januari 2025"))
    }

    @Test func frontMatterValuesAreEscaped() throws {
        var files = Fixture.fileSystem()
        let path = "content/meetings/2024/2024-10-03-sro.md"
        let text = String(decoding: try #require(files.contents[path]), as: UTF8.self)
            .replacingOccurrences(of: "title: Mötesanteckning SRO", with: "title: \"<script>alert('x')</script> & co\"")
        files.write(text, to: path)
        let (report, site) = Fixture.build(files)
        #expect(report.exitStatus == 0)
        let page = try #require(site["moten/2024/2024-10-03-sro/index.html"])
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"))
        #expect(!(site["index.html"] ?? "").contains("<script>alert"))
    }

    @Test func rawHTMLInMarkdownNeverReachesThePage() throws {
        var files = Fixture.fileSystem()
        files.write("---\ntitle: Om\n---\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n", to: "content/pages/om.md")
        let (report, site) = Fixture.build(files)
        #expect(report.exitStatus == 0)
        let page = try #require(site["om/index.html"])
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("onerror"))
    }

    @Test func aMissingTemplateIsAnErrorNotAnEmptyPage() {
        var files = Fixture.fileSystem()
        files.contents["templates/topic.mustache"] = nil
        let (report, site) = Fixture.build(files)
        #expect(report.diagnostics.sorted.map(\.description)
            == ["templates/topic.mustache: error: mallen 'topic' saknas — skapa templates/topic.mustache; docs/templates.md visar vad mallen får"])
        #expect(report.exitStatus == 1)
        #expect(site.isEmpty)
    }

    @Test func checkFindsTemplateProblemsAsABuildWould() {
        var files = Fixture.fileSystem()
        files.contents["templates/topic.mustache"] = nil
        let (missingReport, missingLines) = Fixture.check(files)
        #expect(missingLines == ["templates/topic.mustache: error: mallen 'topic' saknas — skapa templates/topic.mustache; docs/templates.md visar vad mallen får"])
        #expect(missingReport.exitStatus == 1)
        files.write("<p>\n{{#title}}\n</p>\n", to: "templates/page.mustache")
        let (brokenReport, brokenLines) = Fixture.check(files)
        #expect(brokenLines.count == 1)
        #expect(brokenLines.first?.hasPrefix("templates/page.mustache:") == true)
        #expect(brokenReport.exitStatus == 1)
    }

    @Test func everyTemplateAPageIsRenderedWithIsOneCheckRequires() throws {
        let (loaded, _) = ContentLoader(fileSystem: Fixture.fileSystem()).load(contentDirectory: "content")
        let content = try #require(loaded)
        let pages = PageCatalog(content: content, rendered: RenderedContent.render(content), today: Fixture.today).pages()
        #expect(Set(pages.map(\.template)).isSubset(of: PageCatalog.templateNames))
    }

    @Test func aTemplateThatDoesNotParseIsReportedWithItsLine() {
        var files = Fixture.fileSystem()
        files.write("<p>\n{{#title}}\n</p>\n", to: "templates/page.mustache")
        let (report, _) = Fixture.build(files)
        let lines = report.diagnostics.sorted.map(\.description)
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("templates/page.mustache:") == true)
        #expect(report.exitStatus == 1)
    }

    @Test func buildsAreDeterministic() {
        let (_, first) = Fixture.build(Fixture.fileSystem())
        let (_, second) = Fixture.build(Fixture.fileSystem())
        #expect(first == second)
    }

    @Test func theRealContentBuildsWithEveryLinkResolving() throws {
        let (report, site) = Fixture.build(Fixture.realSite(), today: CalendarDate(year: 2026, month: 11, day: 24)!)
        #expect(report.diagnostics.errors.isEmpty, "\(report.diagnostics.sorted.map(\.description))")
        #expect(site.keys.filter { $0.hasPrefix("moten/") }.count >= 5)
        #expect(LinkChecker.brokenLinks(in: site) == [])
        #expect(LinkChecker.unreachablePages(in: site) == [])
        for page in ["om/index.html", "tillganglighet/index.html", "organ/sro/index.html", "organ/gemensam-styrgrupp/index.html",
                     "organ/politisk-referensgrupp/index.html", "organ/arbetsgrupp-hos-avtal/index.html",
                     "moten/2019/2019-08-29-sro/index.html", "moten/2024/2024-08-20-arbetsgrupp-hos-avtal/index.html",
                     "moten/2024/2024-10-03-sro/index.html", "moten/2024/2024-12-04-politisk-referensgrupp/index.html",
                     "moten/2026/2026-01-26-gemensam-styrgrupp/index.html"] {
            #expect(site[page] != nil, "missing \(page)")
        }
    }
}
