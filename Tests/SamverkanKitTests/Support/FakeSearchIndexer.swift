import Synchronization
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
import SamverkanSearch
@testable import SamverkanSite
import SamverkanTestDoubles

/// A search indexer for tests: writes the files the search page loads, and an "index" that lists the
/// documents of the shard it was given; counts its runs and the shards it made; can be made to fail.
final class FakeSearchIndexer: SearchIndexer {
    let identity: String
    let failure: SearchIndexError?
    private let runs = Mutex<[String]>([])
    private let read = Mutex<[String: String]>([:])

    init(identity: String = "fake 1.0", failure: SearchIndexError? = nil) {
        self.identity = identity
        self.failure = failure
    }

    var runCount: Int { runs.withLock { $0.count } }
    /// The shards it made, in the order it made them.
    var shardsMade: [String] { runs.withLock { $0 } }
    /// What it was given to read, by path.
    var documents: [String: String] { read.withLock { $0 } }

    func index(_ documents: [SearchDocument]) throws(SearchIndexError) -> [OutputFile] {
        runs.withLock { $0.append(documents.first?.shard ?? "") }
        read.withLock { read in
            for document in documents { read[document.path] = String(decoding: document.bytes ?? [], as: UTF8.self) }
        }
        if let failure { throw failure }
        return [
            OutputFile(path: "pagefind-ui.js", text: "// sökgränssnitt\n"),
            OutputFile(path: "pagefind-ui.css", text: "/* sökgränssnitt */\n"),
            OutputFile(path: "index.txt", text: documents.map(\.path).sorted().joined(separator: "\n") + "\n"),
        ]
    }
}
