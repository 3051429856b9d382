import Foundation
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// The fixture site (`Fixtures/content`) and the project's real templates, in memory or on disk.
enum Fixture {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixturesFolder = testsFolder.appendingPathComponent("Fixtures")
    static let repositoryFolder = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let today = CalendarDate(year: 2024, month: 11, day: 1)!

    /// `content/…` from the fixture and `templates/…` from the repository, in memory.
    static func fileSystem() -> InMemoryFileSystem {
        var files = InMemoryFileSystem()
        copy(fixturesFolder.appendingPathComponent("content"), as: "content", into: &files)
        copy(repositoryFolder.appendingPathComponent("templates"), as: "templates", into: &files)
        return files
    }

    /// The repository's own content and templates, in memory.
    static func realSite() -> InMemoryFileSystem {
        var files = InMemoryFileSystem()
        copy(repositoryFolder.appendingPathComponent("content"), as: "content", into: &files)
        copy(repositoryFolder.appendingPathComponent("templates"), as: "templates", into: &files)
        return files
    }

    static func copy(_ folder: URL, as prefix: String, into files: inout InMemoryFileSystem) {
        let disk = DiskFileSystem()
        for path in (try? disk.files(under: folder.path))?.files ?? [] {
            files.contents["\(prefix)/\(path)"] = try? disk.readFile(at: folder.path + "/" + path)
        }
    }

    /// Builds in memory, with a search index from `FakeSearchIndexer`, and returns the report and the written files.
    static func build(_ files: InMemoryFileSystem, today: CalendarDate = today,
                      search: SearchIndexing = .during(FakeSearchIndexer()),
                      history: SourceHistoryReader? = nil) -> (BuildReport, [String: String]) {
        let writer = InMemorySiteWriter()
        let report = SiteBuilder(fileSystem: files, writer: writer, search: search, history: history).build(BuildOptions(today: today))
        let site = (writer.site(at: "site") ?? [:]).mapValues { String(decoding: $0, as: UTF8.self) }
        return (report, site)
    }

    /// The fixture's history as git would give it: the SRO minutes of 3 October published on the 4th
    /// (10:00 in Stockholm) and changed on the 25th; the steering group's minutes committed twice on
    /// 21 October; "Om webbplatsen" once. The other files were never committed.
    static let history = FixedSourceHistory([
        "meetings/2024/2024-10-03-sro.md": (first: 1_728_028_800, last: 1_729_866_600),
        "meetings/2024/2024-10-20-styrgrupp.md": (first: 1_729_494_000, last: 1_729_522_800),
        "pages/om.md": (first: 1_725_267_600, last: 1_725_267_600),
    ])

    /// Checks in memory and returns the diagnostics as printed lines.
    static func check(_ files: InMemoryFileSystem, today: CalendarDate = today) -> (BuildReport, [String]) {
        let report = SiteBuilder(fileSystem: files, writer: InMemorySiteWriter()).check(BuildOptions(today: today))
        return (report, report.diagnostics.sorted.map(\.description))
    }
}
