import Foundation
import Synchronization
import Testing
@testable import SamverkanServe
import SamverkanModel
import SamverkanSearch
import SamverkanSite

/// The preview never waits for the search index: a build publishes at once with the index it has,
/// and the index catches up on a background thread.
@Suite struct PreviewSessionSearchTests {
    /// Takes `delay` to index; lists the pages it was given.
    final class SlowIndexer: SearchIndexer {
        let identity = "slow 1.0"
        let delay: Duration
        private let runs = Mutex(0)
        init(delay: Duration) { self.delay = delay }
        var runCount: Int { runs.withLock { $0 } }

        func index(_ documents: [SearchDocument]) throws(SearchIndexError) -> [OutputFile] {
            Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
            runs.withLock { $0 += 1 }
            return [OutputFile(path: "pagefind-ui.js", text: "// ui\n"),
                    OutputFile(path: "index.txt", text: documents.map { String(decoding: $0.bytes ?? [], as: UTF8.self) }.joined())]
        }
    }

    func waitUntil(_ condition: () -> Bool) async throws -> Bool {
        for _ in 0 ..< 400 {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    @Test func aBuildPublishesAtOnceAndTheIndexFollowsInTheBackground() async throws {
        let root = try PreviewServerTests.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // The indexer takes longer than any build here, even a debug build beside the rest of the
        // suite on two cores (about 2 s at worst), so a build that waited for it shows.
        let indexer = SlowIndexer(delay: .milliseconds(4000))
        let session = PreviewSession(options: BuildOptions(contentDirectory: root + "/content", templatesDirectory: root + "/templates",
                                                           outputDirectory: root + "/site", today: CalendarDate(year: 2024, month: 11, day: 1)!),
                                     search: .inBackground(indexer))
        let started = ContinuousClock.now
        let first = session.build()
        #expect(first.succeeded)
        #expect(ContinuousClock.now - started < .milliseconds(4000), "the build waited for the indexer")
        #expect(FileManager.default.fileExists(atPath: root + "/site/moten/2024/2024-10-03-sro/index.html"))
        #expect(session.isIndexing)

        // Each shard is indexed once: one per year of meetings and one for the other pages.
        let index = root + "/site/pagefind/2024/index.txt"
        #expect(try await waitUntil { FileManager.default.fileExists(atPath: index) && !session.isIndexing })
        let shards = indexer.runCount
        #expect(shards >= 2)

        // An edit: the page changes at once, the index a moment later.
        let meeting = root + "/content/meetings/2024/2024-10-03-sro.md"
        try (try String(contentsOfFile: meeting, encoding: .utf8) + "\nOrdet fjällsippa.\n").write(toFile: meeting, atomically: true, encoding: .utf8)
        let edited = session.build()
        #expect(edited.succeeded)
        let page = try String(contentsOfFile: root + "/site/moten/2024/2024-10-03-sro/index.html", encoding: .utf8)
        #expect(page.contains("fjällsippa"))
        #expect(try await waitUntil { ((try? String(contentsOfFile: index, encoding: .utf8)) ?? "").contains("fjällsippa") })
        #expect(try await waitUntil { !session.isIndexing })
        // Only the edited meeting's shard is indexed again.
        #expect(indexer.runCount == shards + 1)
    }
}
