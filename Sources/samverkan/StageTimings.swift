import Foundation
import Synchronization
import SamverkanSite

/// With `SAMVERKAN_TIMINGS=1` in the environment, `build` prints when each stage began (seconds since
/// the start), how long it took and the processor time all threads spent in it, on standard error: what `make bench` and a profile are read beside.
final class StageTimings: Sendable {
    private let started = ContinuousClock.now
    private let last = Mutex<(name: String, at: ContinuousClock.Instant, cpu: Double)?>(nil)

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
            let cpu = Self.processorSeconds()
            if let (name, at, cpuAtStart) = last {
                let seconds = Double((now - at).components.attoseconds) / 1e18 + Double((now - at).components.seconds)
                let since = Double((at - started).components.attoseconds) / 1e18 + Double((at - started).components.seconds)
                FileHandle.standardError.write(Data(String(format: "tid: %7.3f s +%7.3f s (CPU %7.3f s)  %@\n",
                                                           since, seconds, cpu - cpuAtStart, name).utf8))
            }
            last = next.map { ($0, now, cpu) }
        }
    }
}

extension StageTimings {
    /// User and system time of the whole process so far.
    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
