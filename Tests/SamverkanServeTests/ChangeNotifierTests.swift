import Foundation
import Synchronization
import Testing
@testable import SamverkanServe
import SamverkanModel
import SamverkanSite

/// The preview sleeps until a file changes (inotify) instead of scanning the sources four times a
/// second, and still sees every change: in a new folder, through a burst of events, but never
/// through a link or in a hidden folder.
@Suite struct ChangeNotifierTests {
    static func tree() throws -> String {
        let root = try SourceWatcherTests.folder()
        try FileManager.default.createDirectory(atPath: root + "/meetings/2024", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/.git/objects", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/usr", withDestinationPath: "/usr")
        return root
    }

    @Test func aChangeWakesItAndSilenceDoesNot() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let notifier = try #require(ChangeNotifier.make(roots: [root]))
        #expect(!notifier.waitForChange(timeout: .milliseconds(100)))
        try "ny\n".write(toFile: root + "/meetings/2024/m.md", atomically: false, encoding: .utf8)
        let started = ContinuousClock.now
        #expect(notifier.waitForChange(timeout: .seconds(5)))
        #expect(ContinuousClock.now - started < .seconds(1))
        notifier.readEvents()
        #expect(!notifier.waitForChange(timeout: .milliseconds(100)))
    }

    @Test func aFolderMadeLaterIsWatchedToo() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let notifier = try #require(ChangeNotifier.make(roots: [root]))
        try FileManager.default.createDirectory(atPath: root + "/meetings/2025", withIntermediateDirectories: true)
        #expect(notifier.waitForChange(timeout: .seconds(5)))
        #expect(notifier.watchedFolders == 4)
        try "ny\n".write(toFile: root + "/meetings/2025/m.md", atomically: false, encoding: .utf8)
        #expect(notifier.waitForChange(timeout: .seconds(5)))
    }

    @Test func linksAndHiddenFoldersAreNotWatched() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let notifier = try #require(ChangeNotifier.make(roots: [root]))
        // The root, meetings and meetings/2024: not .git, .git/objects or anything under /usr.
        #expect(notifier.watchedFolders == 3)
        try "x\n".write(toFile: root + "/.git/objects/x", atomically: false, encoding: .utf8)
        #expect(!notifier.waitForChange(timeout: .milliseconds(200)))
    }

    @Test func moreFoldersThanItMayWatchMeansPolling() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(ChangeNotifier.make(roots: [root], maxFolders: 2) == nil)
    }

    /// With polling every minute, only the notifier can show the edit within seconds.
    @Test func aWatchingSessionRebuildsAnEditWithoutWaitingForAPoll() async throws {
        let root = try PreviewServerTests.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let builds = Mutex(0)
        let session = PreviewSession(options: SourceWatcherTests.options(root), onBuild: { _ in builds.withLock { $0 += 1 } })
        session.build()
        session.watch(every: .seconds(60), safetyScan: .seconds(60))
        defer { session.stopWatching() }
        try await Task.sleep(for: .milliseconds(300))
        let path = root + "/" + PreviewServerTests.meeting
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Mötesanteckning SRO", with: "title: Nytt namn").write(toFile: path, atomically: true, encoding: .utf8)
        let edited = ContinuousClock.now
        while builds.withLock({ $0 }) < 2 && ContinuousClock.now - edited < .seconds(10) {
            try await Task.sleep(for: .milliseconds(10))
        }
        // Polling would take a minute; the build itself, in a debug build beside other tests, a second or two.
        #expect(builds.withLock { $0 } == 2)
        let page = try String(contentsOfFile: root + "/site/moten/2024/2024-10-03-sro/index.html", encoding: .utf8)
        #expect(page.contains("Nytt namn"))
    }
}
