import Synchronization
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// A search indexer for tests: writes the files the search page loads, and an "index" that lists the
/// pages it was given; counts its runs; can be made to fail.
final class FakeSearchIndexer: SearchIndexer {
    let identity: String
    let failure: SearchIndexError?
    private let runs = Mutex(0)

    init(identity: String = "fake 1.0", failure: SearchIndexError? = nil) {
        self.identity = identity
        self.failure = failure
    }

    var runCount: Int { runs.withLock { $0 } }

    func index(_ pages: [OutputFile]) throws(SearchIndexError) -> [OutputFile] {
        runs.withLock { $0 += 1 }
        if let failure { throw failure }
        return [
            OutputFile(path: "pagefind/pagefind-ui.js", text: "// sökgränssnitt\n"),
            OutputFile(path: "pagefind/pagefind-ui.css", text: "/* sökgränssnitt */\n"),
            OutputFile(path: "pagefind/index.txt", text: pages.map(\.path).sorted().joined(separator: "\n") + "\n"),
        ]
    }
}
