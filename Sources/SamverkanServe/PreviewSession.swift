import Foundation
import SamverkanKit
import Synchronization

/// One preview: builds the site into the output folder, rebuilds when the sources change, and
/// remembers how the last build went. A failed build writes nothing, so the last good site stays
/// on disk and keeps being served while its errors are shown.
public final class PreviewSession: Sendable {
    /// How the latest build went, for the browser.
    public struct Status: Sendable, Equatable {
        /// Goes up whenever the site or its problems change: a browser showing an older number reloads.
        public var generation: Int
        public var succeeded: Bool
        public var diagnostics: [Diagnostic]
    }

    public let options: BuildOptions
    private let cache = BuildCache()
    private let status = Mutex(Status(generation: 0, succeeded: false, diagnostics: []))
    private let watcher: SourceWatcher
    private let lastSnapshot = Mutex<[String: SourceWatcher.Stamp]?>(nil)
    private let onBuild: @Sendable (BuildReport) -> Void
    private let watching = Mutex(false)

    public init(options: BuildOptions, onBuild: @escaping @Sendable (BuildReport) -> Void = { _ in }) {
        self.options = options
        self.watcher = SourceWatcher(folders: [options.contentDirectory, options.templatesDirectory])
        self.onBuild = onBuild
    }

    public var currentStatus: Status { status.withLock { $0 } }

    /// Builds now, whatever changed.
    @discardableResult
    public func build() -> BuildReport {
        lastSnapshot.withLock { $0 = watcher.snapshot() }
        let report = SiteBuilder(cache: cache).build(options)
        let diagnostics = report.diagnostics.sorted
        status.withLock { status in
            let changed = !report.published.written.isEmpty || !report.published.removed.isEmpty
                || status.succeeded != report.succeeded || status.diagnostics != diagnostics
            status = Status(generation: status.generation + (changed ? 1 : 0), succeeded: report.succeeded,
                            diagnostics: diagnostics)
        }
        onBuild(report)
        return report
    }

    /// Builds when a source file was added, changed or removed since the last build.
    @discardableResult
    public func rebuildIfChanged() -> BuildReport? {
        let now = watcher.snapshot()
        guard lastSnapshot.withLock({ $0 != now }) else { return nil }
        return build()
    }

    /// Polls the sources on a thread of its own until `stopWatching()`.
    public func watch(every interval: Duration = .milliseconds(250)) {
        watching.withLock { $0 = true }
        let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        let thread = Thread { [self] in
            while watching.withLock({ $0 }) {
                Thread.sleep(forTimeInterval: seconds)
                rebuildIfChanged()
            }
        }
        thread.name = "samverkan-watch"
        thread.start()
    }

    public func stopWatching() {
        watching.withLock { $0 = false }
    }
}
