import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// What a command-line build records of its pages beside the site, and how the next build uses it:
/// a meeting page whose inputs are what they were is kept from the site, never a stale one.
@Suite struct PageRecordTests {
    static let meeting = "content/meetings/2024/2024-10-03-sro.md"
    static let meetingPage = "moten/2024/2024-10-03-sro/index.html"

    func digest(_ text: String) -> StableDigest { StableHasher.digest(of: Array(text.utf8)) }

    @Test func aRecordReadsBackAsItWasWritten() throws {
        let record = PageRecord(key: digest("nyckel"), entries: [
            "moten/2024/a/index.html": .init(inputs: digest("a"), size: 120, html: digest("<a>"), search: digest("s")),
            "moten/2023/b c/index.html": .init(inputs: digest("b"), size: 0, html: digest(""), search: nil),
        ])
        let file = record.file
        #expect(file.path == ".samverkan.sidor")
        let text = String(decoding: file.bytes, as: UTF8.self)
        #expect(text.hasPrefix("samverkan-sidor 1 \(digest("nyckel"))\n\(digest("b")) 0 \(digest("")) - moten/2023/b c/index.html\n"))
        let read = try #require(PageRecord(bytes: file.bytes))
        #expect(read.key == record.key)
        #expect(read.entries == record.entries)
    }

    @Test func aRecordThatIsNotWholeIsNotRead() {
        let bytes = PageRecord(key: digest("k"), entries: ["a/index.html": .init(inputs: digest("a"), size: 1, html: digest("x"), search: nil)]).file.bytes
        #expect(PageRecord(bytes: Array(bytes.dropLast())) == nil)
        #expect(PageRecord(bytes: Array(bytes.dropLast(20))) == nil)
        #expect(PageRecord(bytes: Array("samverkan-sidor 2 x\n".utf8)) == nil)
        #expect(PageRecord(bytes: []) == nil)
    }

    final class Site {
        let output = IncrementalBuildTests.temporaryFolder()
        var files = Fixture.realSite()
        func build() -> BuildReport {
            SiteBuilder(fileSystem: files, writer: DiskSiteWriter()).build(BuildOptions(outputDirectory: output, today: Fixture.today))
        }
        var site: [String: [UInt8]] { IncrementalBuildTests.siteFiles(in: output) }
        func remove() { try? FileManager.default.removeItem(atPath: (output as NSString).deletingLastPathComponent) }
        func edit(_ path: String, _ change: (String) -> String) {
            files.write(change(String(decoding: files.contents[path] ?? [], as: UTF8.self)), to: path)
        }
    }

    func clean(_ files: InMemoryFileSystem) -> [String: [UInt8]] {
        let writer = InMemorySiteWriter()
        _ = SiteBuilder(fileSystem: files, writer: writer).build(BuildOptions(today: Fixture.today))
        return writer.site(at: "site") ?? [:]
    }

    func meetingPages(_ site: Site) -> Int {
        site.site.keys.count { $0.hasPrefix("moten/") && $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 4 }
    }

    /// The second build makes only the pages that are not meetings, the edited meeting and its two
    /// neighbours (their pages name it): every other meeting page is kept from the site.
    @Test func anEditMakesOnlyThatMeetingAndItsNeighboursAgain() {
        let site = Site()
        defer { site.remove() }
        let first = site.build()
        #expect(first.succeeded)
        #expect(first.pagesRendered == first.pageCount)
        let meetings = meetingPages(site)
        #expect(meetings >= 5)
        let unchanged = site.build()
        #expect(unchanged.pagesRendered == first.pageCount - meetings)
        #expect(unchanged.published.written == [])
        site.edit(Self.meeting) { $0 + "\nEtt tillägg i slutet av anteckningarna.\n" }
        let edited = site.build()
        #expect(edited.succeeded)
        #expect(edited.pagesRendered <= first.pageCount - meetings + 3)
        #expect(edited.published.written == [Self.meetingPage])
        #expect(site.site == clean(site.files))
    }

    /// A page changed in the output folder by someone else is made again, though its inputs are the same.
    @Test func aPageChangedInTheSiteIsMadeAgain() throws {
        let site = Site()
        defer { site.remove() }
        _ = site.build()
        let path = site.output + "/" + Self.meetingPage
        var bytes = try #require(FileManager.default.contents(atPath: path))
        bytes[bytes.count / 2] ^= 0x20
        try bytes.write(to: URL(fileURLWithPath: path))
        let report = site.build()
        #expect(report.published.written == [Self.meetingPage])
        #expect(site.site == clean(site.files))
    }

    /// Another template changes every page; a record that is not whole is ignored, not an error.
    @Test func otherTemplatesOrABrokenRecordMakeEveryPageAgain() throws {
        let site = Site()
        defer { site.remove() }
        let first = site.build()
        site.edit("templates/meeting.mustache") { $0 + "<!-- ändrad -->\n" }
        #expect(site.build().pagesRendered == first.pageCount)
        try Data("samverkan-sidor 1 trasig".utf8).write(to: URL(fileURLWithPath: site.output + "/.samverkan.sidor"))
        let afterBroken = site.build()
        #expect(afterBroken.succeeded)
        #expect(afterBroken.pagesRendered == first.pageCount)
        #expect(site.site == clean(site.files))
    }
}
