import Foundation
import Synchronization

/// Runs a piece of work on a thread of its own, one run at a time: an input given while a run is
/// going waits for the next run, and a newer one replaces it (only the newest matters). Used for
/// the preview's builds and its search indexing.
final class BackgroundWorker<Input: Sendable>: Sendable {
    private let name: String
    private let work: @Sendable (Input) -> Void
    /// Whether the thread runs, and the newest input for its next run.
    private let state = Mutex<(running: Bool, next: Input?)>((false, nil))

    init(name: String, work: @escaping @Sendable (Input) -> Void) {
        self.name = name
        self.work = work
    }

    var isRunning: Bool { state.withLock { $0.running } }

    /// Runs the work with `input` now on a new thread, or after the current run.
    func start(_ input: Input) {
        let startsThread = state.withLock { state -> Bool in
            if state.running { state.next = input; return false }
            state.running = true
            return true
        }
        guard startsThread else { return }
        let thread = Thread { [self] in
            var input = input
            while true {
                work(input)
                let next = state.withLock { state -> Input? in
                    defer { state.next = nil }
                    if state.next == nil { state.running = false }
                    return state.next
                }
                guard let next else { return }
                input = next
            }
        }
        thread.name = name
        thread.start()
    }
}
