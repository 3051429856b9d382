import Foundation
import Synchronization
import Testing
@testable import SamverkanServe
import SamverkanModel
import SamverkanSite

/// The watcher never follows a link and never looks at more than its limits: a content folder with
/// links to itself and to `/usr` (issue 21) costs one entry per link and is rebuilt with the
/// loader's own error, as `check` reports it.
@Suite struct SourceWatcherTests {
    static let today = CalendarDate(year: 2024, month: 11, day: 1)!

    static func options(_ root: String) -> BuildOptions {
        BuildOptions(contentDirectory: root + "/content", templatesDirectory: root + "/templates", outputDirectory: root + "/site",
                     today: today)
    }

    /// A fresh empty folder.
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("samverkan-watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// `content/pages/{a,b,c} → .` and `content/pages/usr → /usr`, as in the issue.
    static func addLinks(in content: String) throws {
        for name in ["a", "b", "c"] {
            try FileManager.default.createSymbolicLink(atPath: content + "/pages/" + name, withDestinationPath: ".")
        }
        try FileManager.default.createSymbolicLink(atPath: content + "/pages/usr", withDestinationPath: "/usr")
    }

    /// Files and folders in a workspace's content and templates.
    static func entryCount(_ root: String) throws -> Int {
        try FileManager.default.subpathsOfDirectory(atPath: root + "/content").count
            + FileManager.default.subpathsOfDirectory(atPath: root + "/templates").count
    }

    /// Runs `work` on a thread of its own: its result and how long it took there; nil when it has not
    /// finished within `limit`, so that a watcher that walks forever fails the test instead of hanging
    /// the suite.
    static func within<Result: Sendable>(_ limit: Duration, _ work: @escaping @Sendable () -> Result) async throws -> (Result, Duration)? {
        let result = Mutex<(Result, Duration)?>(nil)
        let thread = Thread {
            let started = ContinuousClock.now
            let value = work()
            let took = ContinuousClock.now - started
            result.withLock { $0 = (value, took) }
        }
        thread.start()
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if let value = result.withLock({ $0 }) { return value }
            try await Task.sleep(for: .milliseconds(20))
        }
        return result.withLock { $0 }
    }

    @Test func linksToTheFolderItselfAndToUsrAreEntriesNotFolders() async throws {
        let root = try PreviewServerTests.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = try Self.entryCount(root)
        try Self.addLinks(in: root + "/content")
        let watcher = SourceWatcher(folders: [root + "/content", root + "/templates"])

        let taken = try await Self.within(.seconds(5)) { watcher.snapshot() }
        let (snapshot, took) = try #require(taken, "the snapshot did not finish within 5 s: the watcher follows the links")
        #expect(took < .seconds(2))
        #expect(snapshot.truncation == nil)
        // Each link is one entry, and nothing is seen through it.
        #expect(snapshot.entries.count <= files + 4, "\(snapshot.entries.count) entries for \(files) files and 4 links")
        let links = snapshot.entries.filter { $0.stamp.linkTarget != nil }
        #expect(links.map(\.path).sorted() == ["a", "b", "c", "usr"].map { root + "/content/pages/" + $0 })
        #expect(links.first { $0.path.hasSuffix("/usr") }?.stamp.linkTarget == "/usr")
        #expect(!snapshot.entries.contains { $0.path.contains("/pages/a/") || $0.path.contains("/usr/") })
    }

    @Test func aSessionRebuildsWhenTheLinksAppearAndShowsTheLoadersError() async throws {
        let root = try PreviewServerTests.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let session = PreviewSession(options: Self.options(root))
        #expect(session.build().succeeded)
        try Self.addLinks(in: root + "/content")

        let taken = try await Self.within(.seconds(10)) { session.rebuildIfChanged() }
        let (rebuilt, took) = try #require(taken, "no rebuild within 10 s: the watcher follows the links")
        #expect(took < .seconds(5))
        let report = try #require(rebuilt, "the links were not noticed")
        #expect(!report.succeeded)
        let status = session.currentStatus
        #expect(!status.succeeded)
        #expect(status.watcherWarning == nil)
        // The loader's own message, at each link, as `check` prints it.
        for name in ["a", "b", "c", "usr"] {
            #expect(status.diagnostics.contains {
                $0.severity == .error && $0.location.path == root + "/content/pages/" + name
                    && $0.message.hasPrefix("symbolisk länk: samverkan följer inga länkar")
            }, "no error for pages/\(name): \(status.diagnostics.map(\.description))")
        }
        #expect(LiveReload.statusJSON(status).contains("pages/usr: error: symbolisk länk"))
        // Nothing changes: the next poll does not build again.
        #expect(session.rebuildIfChanged() == nil)
    }

    /// An edit of one meeting shows before the whole site is built again: the session puts the page
    /// in place and tells the browser, then builds everything. An edit of two files goes straight
    /// to the whole build.
    @Test func anEditedMeetingIsShownBeforeTheWholeBuild() throws {
        let root = try PreviewServerTests.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let previews = Mutex<[String]>([])
        let session = PreviewSession(options: Self.options(root), onPreview: { url in previews.withLock { $0.append(url) } })
        #expect(session.build().succeeded)
        let meeting = root + "/content/meetings/2024/2024-10-03-sro.md"
        let page = root + "/site/moten/2024/2024-10-03-sro/index.html"
        func append(_ text: String, to path: String) throws {
            let handle = try #require(FileHandle(forWritingAtPath: path))
            handle.seekToEndOfFile()
            handle.write(Data(text.utf8))
            try handle.close()
        }
        try append("\nFörst syns detta.\n", to: meeting)
        #expect(session.rebuildIfChanged()?.succeeded == true)
        #expect(previews.withLock { $0 } == ["/moten/2024/2024-10-03-sro/"])
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("Först syns detta."))

        try append("\nOch detta.\n", to: meeting)
        try append("\nOrganets text.\n", to: root + "/content/bodies/sro.md")
        #expect(session.rebuildIfChanged()?.succeeded == true)
        #expect(previews.withLock { $0 }.count == 1)
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("Och detta."))
    }

    @Test func pointingALinkElsewhereIsAChange() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let link = root + "/lank.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "a.md")
        let watcher = SourceWatcher(folders: [root])
        let before = watcher.snapshot()
        var old = stat()
        #expect(lstat(link, &old) == 0)

        // The same length, and the link's old time put back: only what it points to differs.
        try FileManager.default.removeItem(atPath: link)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "b.md")
        var times = [old.st_atim, old.st_mtim]
        #expect(utimensat(AT_FDCWD, link, &times, AT_SYMLINK_NOFOLLOW) == 0)
        let after = watcher.snapshot()

        #expect(before.entries.map(\.stamp.linkTarget) == ["a.md"])
        #expect(after.entries.map(\.stamp.linkTarget) == ["b.md"])
        #expect(after.entries.first?.stamp.size == before.entries.first?.stamp.size)
        #expect(after.differs(from: before))
    }

    @Test func onePollLooksAtNoMoreEntriesThanItsLimit() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for folder in 0..<5 {
            try FileManager.default.createDirectory(atPath: root + "/mapp\(folder)", withIntermediateDirectories: true)
            for file in 0..<20 {
                try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/mapp\(folder)/fil\(file).md"))
            }
        }
        let bounded = SourceWatcher(folders: [root], limits: WatchLimits(maxEntries: 30))
        let snapshot = bounded.snapshot()
        #expect(snapshot.truncation == .tooManyEntries(folder: root, limit: 30))
        #expect(snapshot.entries.count <= 30)
        #expect(snapshot.warning?.severity == .warning)
        #expect(snapshot.warning?.message.hasPrefix("mappen har fler än 30 filer och mappar") == true)
        // The same folder gives the same start and the same warning, poll after poll.
        #expect(!bounded.snapshot().differs(from: snapshot))
        #expect(bounded.snapshot().warning == snapshot.warning)

        let whole = SourceWatcher(folders: [root]).snapshot()
        #expect(whole.truncation == nil)
        #expect(whole.entries.count == 100)
        #expect(Array(whole.entries.prefix(snapshot.entries.count)) == snapshot.entries)

        let slow = SourceWatcher(folders: [root], limits: WatchLimits(maxScanTime: .zero)).snapshot()
        #expect(slow.truncation == .tooSlow(folder: root, limit: .zero))
        #expect(SourceWatcher.Snapshot.grouped(200_000) == "200 000")
        #expect(SourceWatcher.Snapshot.seconds(.milliseconds(2500)) == "2,5 s")
    }

    @Test func pollsThatStopAtDifferentPlacesAreNotAChange() {
        func entry(_ name: String, size: Int64 = 1) -> SourceWatcher.Entry {
            .init(path: name, stamp: .init(kind: UInt32(S_IFREG), inode: 1, size: size, seconds: 0, nanoseconds: 0))
        }
        let slow = SourceWatcher.Truncation.tooSlow(folder: "innehall", limit: .seconds(2))
        let whole = SourceWatcher.Snapshot(entries: [entry("a"), entry("b"), entry("c")])
        let start = SourceWatcher.Snapshot(entries: [entry("a"), entry("b")], truncation: slow)
        #expect(!start.differs(from: whole))
        #expect(!whole.differs(from: start))
        #expect(!SourceWatcher.Snapshot(entries: [entry("a")], truncation: slow).differs(from: start))
        #expect(SourceWatcher.Snapshot(entries: [entry("a"), entry("b", size: 2)], truncation: slow).differs(from: whole))
        // Whole snapshots of different lengths: a file was added or removed.
        #expect(SourceWatcher.Snapshot(entries: [entry("a"), entry("b")]).differs(from: whole))
        #expect(whole.differs(from: SourceWatcher.Snapshot(entries: [entry("a"), entry("b")])))
    }

    @Test func aSessionWarnsOnceWhenPollsStopAtTheLimit() throws {
        let root = try PreviewServerTests.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let reports = Mutex<[BuildReport]>([])
        let session = PreviewSession(options: Self.options(root), watchLimits: WatchLimits(maxEntries: 5),
                                     onBuild: { report in reports.withLock { $0.append(report) } })
        #expect(session.build().succeeded)
        let warning = try #require(session.currentStatus.watcherWarning)
        #expect(warning.location.path == root + "/content")
        #expect(warning.message.hasPrefix("mappen har fler än 5 filer och mappar"))
        #expect(session.currentStatus.succeeded, "the watcher's warning does not fail the build")
        #expect(LiveReload.statusJSON(session.currentStatus).contains("\"watcher\":[\"\(root)/content: warning: mappen har fler än 5"))
        #expect(LiveReload.statusJSON(session.currentStatus).contains("\"ok\":true"))

        // Polls that stop at the same place neither build nor warn again.
        for _ in 0..<5 {
            #expect(session.rebuildIfChanged() == nil)
        }
        let told = reports.withLock { $0 }
        #expect(told.count == 1)
        #expect(told.first?.diagnostics.items.filter { $0 == warning }.count == 1, "the terminal was not told")

        // A build for another reason does not repeat it; the browser still shows it.
        session.build()
        #expect(reports.withLock { $0.count } == 2)
        #expect(reports.withLock { $0.last?.diagnostics.items.contains(warning) } == false)
        #expect(session.currentStatus.watcherWarning == warning)
    }

    @Test func aSessionDropsTheWarningWhenTheFolderFitsAgain() throws {
        let workspace = try PreviewServerTests.workspace()
        defer { try? FileManager.default.removeItem(atPath: workspace) }
        let extra = workspace + "/content/files/extra"
        try FileManager.default.createDirectory(atPath: extra, withIntermediateDirectories: true)
        for file in 0..<50 {
            try Data("x".utf8).write(to: URL(fileURLWithPath: extra + "/fil\(file).txt"))
        }
        let count = try Self.entryCount(workspace)
        let session = PreviewSession(options: Self.options(workspace), watchLimits: WatchLimits(maxEntries: count - 10))
        session.build()
        #expect(session.currentStatus.watcherWarning != nil)
        let generation = session.currentStatus.generation
        try FileManager.default.removeItem(atPath: extra)
        #expect(session.rebuildIfChanged() != nil)
        #expect(session.currentStatus.watcherWarning == nil)
        #expect(session.currentStatus.generation > generation, "the browser would keep showing the warning")
    }
}
