import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Every kind of page of the fixture site, and the files beside the pages, byte for byte. After an
/// intended change to a template or the pipeline, run `UPDATE_GOLDEN=1 swift test` and review the
/// diff of `Fixtures/golden/`. Golden files under `base-url/` come from the fixture with
/// `base_url` set (canonical links, absolute feed link, sitemap); under `no-search/`, from a build
/// without a search index. The site and the one with `base_url` take their page history from `Fixture.history`.
@Suite struct GoldenPageTests {
    static let baseURL = "https://samverkan.example.se"

    /// (output path, golden file under `Fixtures/golden/`).
    static let outputs: [(String, String)] = [
        ("index.html", "start.html"),
        ("tidslinje/index.html", "timeline.html"),
        ("organ/index.html", "bodies.html"),
        ("organ/sro/index.html", "body.html"),
        ("organ/sro/2024/index.html", "body-year.html"),
        ("tidslinje/2024/index.html", "timeline-year.html"),
        ("beslut/2024/index.html", "decisions-year.html"),
        ("moten/2024/2024-10-03-sro/index.html", "meeting.html"),
        ("moten/2025/2025-01-30-sro/index.html", "meeting-planned.html"),
        ("moten/2024/2024-10-20-styrgrupp/index.html", "meeting-reports.html"),
        ("beslut/index.html", "decisions.html"),
        ("amnen/index.html", "topics.html"),
        ("amnen/avtal/index.html", "topic.html"),
        ("amnen/avtal/2024/index.html", "topic-year.html"),
        ("kommande/index.html", "upcoming.html"),
        ("om/index.html", "page.html"),
        ("uppdrag/index.html", "assignments.html"),
        ("uppdrag/avtalsforslag/index.html", "assignment.html"),
        ("uppdrag/ersattarlista/index.html", "assignment-completed.html"),
        ("uppdrag/2024/index.html", "assignments-year.html"),
        ("folj/index.html", "follow.html"),
        ("personer/index.html", "people.html"),
        ("personer/marina-johansson/index.html", "person.html"),
        ("sok/index.html", "search.html"),
        ("404.html", "404.html"),
        ("feed.xml", "feed.xml"),
        ("kalender.ics", "kalender.ics"),
        ("data/meetings.json", "meetings.json"),
        ("data/decisions.json", "decisions.json"),
        ("data/assignments.json", "assignments.json"),
        ("data/people.json", "people.json"),
        ("organ/sro/feed.xml", "body-feed.xml"),
        ("organ/sro/kalender.ics", "body-kalender.ics"),
        ("amnen/avtal/feed.xml", "topic-feed.xml"),
        ("uppdrag/feed.xml", "assignments-feed.xml"),
        ("rattelser.xml", "corrections-feed.xml"),
        ("personer/marina-johansson/feed.xml", "person-feed.xml"),
        ("robots.txt", "robots.txt"),
        ("index.html", "base-url/start.html"),
        ("sitemap.xml", "base-url/sitemap.xml"),
        ("folj/index.html", "base-url/follow.html"),
        ("data/katalog.jsonld", "base-url/katalog.jsonld"),
        ("personer/marina-johansson/index.html", "base-url/person.html"),
        ("data/people.json", "base-url/people.json"),
        ("robots.txt", "base-url/robots.txt"),
        ("sok/index.html", "no-search/search.html"),
    ]

    static let site = Fixture.build(Fixture.fileSystem(), history: Fixture.history).1

    static let siteWithoutSearch = Fixture.build(Fixture.fileSystem(), search: .disabled).1

    static let siteWithBaseURL: [String: String] = {
        var files = Fixture.fileSystem()
        let settings = String(decoding: files.contents["content/site.yml"] ?? [], as: UTF8.self)
        files.write(settings + "base_url: \(baseURL)\n", to: "content/site.yml")
        return Fixture.build(files, history: Fixture.history).1
    }()

    @Test(arguments: outputs)
    func outputMatchesTheGoldenFile(_ path: String, _ goldenName: String) throws {
        let built = goldenName.hasPrefix("base-url/") ? Self.siteWithBaseURL
            : goldenName.hasPrefix("no-search/") ? Self.siteWithoutSearch : Self.site
        let output = try #require(built[path], "the fixture build wrote no \(path)")
        let golden = Fixture.fixturesFolder.appendingPathComponent("golden/\(goldenName)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try output.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        // Only the first differing line, not two whole pages.
        let difference = output == expected ? nil : Self.firstDifference(expected: expected, actual: output, path: path, golden: goldenName)
        #expect(difference == nil, "\(difference ?? "")")
    }

    /// The first line where the output leaves its golden file, for the failure message.
    static func firstDifference(expected: String, actual: String, path: String, golden: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var line = 0
        while line < min(expectedLines.count, actualLines.count), expectedLines[line] == actualLines[line] { line += 1 }
        let wanted = line < expectedLines.count ? String(expectedLines[line]) : "(end of file)"
        let got = line < actualLines.count ? String(actualLines[line]) : "(end of file)"
        return """
            \(path) differs from golden/\(golden) at line \(line + 1):
              golden: \(wanted)
              built:  \(got)
            After an intended change: UPDATE_GOLDEN=1 swift test, then review the diff of Fixtures/golden/.
            """
    }
}
