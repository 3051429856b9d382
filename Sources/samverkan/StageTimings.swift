import Foundation
import Synchronization
import SamverkanSite

/// With `SAMVERKAN_TIMINGS=1` in the environment, `build` prints when each stage began (seconds since
/// the start) on standard error: what `make bench` and a profile are read beside.
final class StageTimings: Sendable {
    private let started = ContinuousClock.now
    private let last = Mutex<(name: String, at: ContinuousClock.Instant)?>(nil)

    static func fromEnvironment() -> StageTimings? {
        ProcessInfo.processInfo.environment["SAMVERKAN_TIMINGS"] == "1" ? StageTimings() : nil
    }

    @Sendable func note(_ progress: BuildProgress) {
        guard case let .stage(name) = progress else { return }
        finish(next: name)
    }

    /// Prints the stage that ended and how long it took.
    func finish(next: String? = nil) {
        let now = ContinuousClock.now
        last.withLock { last in
            if let (name, at) = last {
                let seconds = Double((now - at).components.attoseconds) / 1e18 + Double((now - at).components.seconds)
                let since = Double((at - started).components.attoseconds) / 1e18 + Double((at - started).components.seconds)
                FileHandle.standardError.write(Data(String(format: "tid: %7.3f s +%7.3f s  %@\n", since, seconds, name).utf8))
            }
            last = next.map { ($0, now) }
        }
    }
}
