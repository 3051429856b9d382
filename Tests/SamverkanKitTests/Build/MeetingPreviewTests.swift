import Foundation
import Synchronization
import Testing
@testable import SamverkanLoading
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// `serve` shows an edited meeting's page before it builds the whole site again: only that file is
/// read, decoded and rendered, and its page is put in place in the published site.
@Suite struct MeetingPreviewTests {
    static let path = "meetings/2024/2024-10-03-sro.md"
    static let page = "moten/2024/2024-10-03-sro/index.html"

    func builder(_ files: InMemoryFileSystem, _ incremental: IncrementalBuildTests.Incremental) -> SiteBuilder {
        SiteBuilder(fileSystem: files, writer: incremental.writer, cache: incremental.cache)
    }

    func edited(_ files: InMemoryFileSystem, _ change: (String) -> String) -> InMemoryFileSystem {
        var files = files
        files.write(change(String(decoding: files.contents["content/" + Self.path] ?? [], as: UTF8.self)), to: "content/" + Self.path)
        return files
    }

    @Test func anEditedMeetingShowsAtOnceAsTheWholeBuildThenWritesIt() throws {
        let incremental = IncrementalBuildTests.Incremental()
        #expect(incremental.build(Fixture.fileSystem()).exitStatus == 0)
        let files = edited(Fixture.fileSystem()) { $0 + "\nEtt tillägg som syns direkt.\n" }
        #expect(builder(files, incremental).previewEditedMeeting(at: Self.path, BuildOptions(today: Fixture.today)) == "/moten/2024/2024-10-03-sro/")
        let preview = try #require(incremental.site[Self.page])
        #expect(String(decoding: preview, as: UTF8.self).contains("Ett tillägg som syns direkt."))
        // The whole build that follows writes the same page.
        #expect(incremental.build(files).exitStatus == 0)
        #expect(incremental.site[Self.page] == preview)
    }

    @Test func withoutAnEarlierBuildOrWithAProblemNothingIsWritten() {
        let options = BuildOptions(today: Fixture.today)
        let fresh = IncrementalBuildTests.Incremental()
        #expect(builder(Fixture.fileSystem(), fresh).previewEditedMeeting(at: Self.path, options) == nil)
        #expect(fresh.site.isEmpty)

        let incremental = IncrementalBuildTests.Incremental()
        #expect(incremental.build(Fixture.fileSystem()).exitStatus == 0)
        let before = incremental.site
        // A front matter error: the whole build reports it; the page on show stays.
        let broken = edited(Fixture.fileSystem()) { $0.replacingOccurrences(of: "date: 2024-10-03", with: "date: 2024-13-03") }
        #expect(builder(broken, incremental).previewEditedMeeting(at: Self.path, options) == nil)
        // A personal identity number: never published, not even for a moment.
        let number = edited(Fixture.fileSystem()) { $0 + "\nPatienten (19121212-1212) har fått vård.\n" }
        #expect(builder(number, incremental).previewEditedMeeting(at: Self.path, options) == nil)
        // Not a meeting, and a meeting the last build did not have.
        #expect(builder(Fixture.fileSystem(), incremental).previewEditedMeeting(at: "bodies/sro.md", options) == nil)
        var added = Fixture.fileSystem()
        added.write(String(decoding: added.contents["content/" + Self.path] ?? [], as: UTF8.self)
                        .replacingOccurrences(of: "date: 2024-10-03", with: "date: 2024-10-04"),
                    to: "content/meetings/2024/2024-10-04-sro.md")
        #expect(builder(added, incremental).previewEditedMeeting(at: "meetings/2024/2024-10-04-sro.md", options) == nil)
        #expect(incremental.site == before)
    }

    /// On disk, while the whole build after one edit is still making pages, the preview of the next
    /// edit goes in at once: a preview build holds the output folder's lock only while it writes.
    @Test func aPreviewDoesNotWaitForTheWholeBuildInProgress() throws {
        let root = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let options = BuildOptions(outputDirectory: root + "/site", today: Fixture.today)
        let writer = DiskSiteWriter(operations: SystemFileOperations(), lockTimeout: .milliseconds(300))
        let cache = BuildCache()
        #expect(SiteBuilder(fileSystem: Fixture.fileSystem(), writer: writer, cache: cache).build(options).exitStatus == 0)
        let first = edited(Fixture.fileSystem()) { $0 + "\nFörsta ändringen.\n" }
        let second = edited(Fixture.fileSystem()) { $0 + "\nAndra ändringen.\n" }
        let shown = Mutex<String??>(nil)
        var building = SiteBuilder(fileSystem: first, writer: writer, cache: cache)
        building.progress = { progress in
            // Pages made, the site not yet written: the second edit is saved now.
            guard case .stage("Skriver flöden och öppna data") = progress else { return }
            let preview = SiteBuilder(fileSystem: second, writer: writer, cache: cache).previewEditedMeeting(at: Self.path, options)
            shown.withLock { $0 = .some(preview) }
        }
        #expect(building.build(options).exitStatus == 0)
        #expect(shown.withLock { $0 } == .some("/moten/2024/2024-10-03-sro/"))
    }
}
