import Synchronization
import SamverkanModel

/// Counts finished pieces of work from many threads and reports every hundredth, and the last.
final class ProgressCounter: Sendable {
    private let done = Atomic<Int>(0)
    private let total: Int
    private let report: (@Sendable (BuildProgress) -> Void)?

    init(total: Int, report: (@Sendable (BuildProgress) -> Void)?) {
        self.total = total
        self.report = report
    }

    func advance() {
        guard let report else { return }
        let now = done.add(1, ordering: .relaxed).newValue
        if now % 100 == 0 || now == total { report(.pages(done: now, of: total)) }
    }
}
