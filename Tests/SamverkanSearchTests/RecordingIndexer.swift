import SamverkanModel
import Foundation
import Synchronization
import SamverkanSearch

/// A search indexer for tests: makes a bundle listing each document's path and text, takes `delay`
/// per run, records which shards it made and how many runs were at work at once, and fails for the
/// shards in `failing`.
final class RecordingIndexer: SearchIndexer {
    let identity: String
    let delay: TimeInterval
    let failing: Set<String>
    private let state = Mutex((made: [String](), running: 0, mostAtOnce: 0))

    init(identity: String = "recording 1.0", delay: TimeInterval = 0, failing: Set<String> = []) {
        self.identity = identity
        self.delay = delay
        self.failing = failing
    }

    var shardsMade: [String] { state.withLock { $0.made } }
    var mostAtOnce: Int { state.withLock { $0.mostAtOnce } }

    func index(_ documents: [SearchDocument]) throws(SearchIndexError) -> [OutputFile] {
        let shard = documents.first?.shard ?? ""
        state.withLock { state in
            state.running += 1
            state.mostAtOnce = max(state.mostAtOnce, state.running)
        }
        if delay > 0 { Thread.sleep(forTimeInterval: delay) }
        state.withLock { state in
            state.running -= 1
            state.made.append(shard)
        }
        if failing.contains(shard) { throw SearchIndexError(path: "/usr/bin/pagefind", reason: "Pagefind avslutades med kod 1") }
        let listing = documents.sorted { $0.path < $1.path }.map { $0.path + ": " + String(decoding: $0.bytes ?? [], as: UTF8.self) }
        return [OutputFile(path: "pagefind-ui.js", text: "// ui\n"),
                OutputFile(path: "pagefind-ui.css", text: "/* ui */\n"),
                OutputFile(path: "index/list.txt", text: listing.joined(separator: "\n") + "\n")]
    }
}
