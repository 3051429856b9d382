import Foundation
import Synchronization
import SamverkanModel
import SamverkanSearch
import SamverkanSite

/// One preview: builds the site into the output folder, rebuilds when the sources change, and
/// remembers how the last build went. A failed build writes nothing, so the last good site stays
/// on disk and keeps being served while its errors are shown.
///
/// A build never waits for the search index: it keeps the index it has, and when the searchable
/// pages changed, a background thread indexes the shards they are in and then builds again with
/// the new index.
public final class PreviewSession: Sendable {
    /// Where the preview's search index comes from.
    public enum Search: Sendable {
        /// No search on purpose.
        case disabled
        /// No indexer was found: the build warns.
        case unavailable
        /// Indexed by this indexer on a background thread.
        case inBackground(any SearchIndexer)
    }

    /// How the latest build went, for the browser.
    public struct Status: Sendable, Equatable {
        /// Goes up whenever the site or its problems change: a browser showing an older number reloads.
        public var generation: Int
        public var succeeded: Bool
        public var diagnostics: [Diagnostic]
        /// Set while the watcher's polls stop at a limit (`WatchLimits`): changes past that point
        /// are not noticed. Shown in the browser whether or not the build succeeded.
        public var watcherWarning: Diagnostic?
    }

    public let options: BuildOptions
    private let cache = BuildCache()
    private let status = Mutex(Status(generation: 0, succeeded: false, diagnostics: [], watcherWarning: nil))
    private let watcher: SourceWatcher
    private let lastSnapshot = Mutex<SourceWatcher.Snapshot?>(nil)
    /// How long the latest poll took: the watcher waits at least four times as long before the next,
    /// so that a large folder costs at most a fifth of a core.
    private let lastScanTime = Mutex(Duration.zero)
    private let onBuild: @Sendable (BuildReport) -> Void
    private let watching = Mutex(false)
    private let search: Search
    /// Held for the whole of each build: the watcher and the indexing thread take turns.
    private let building = Mutex(())
    /// The newest index the background thread made, for the next build.
    private let readyIndex = Mutex<SearchIndex?>(nil)
    /// Indexes the pages a build reported, then builds again with the index.
    private let indexer = Mutex<BackgroundWorker<[OutputFile]>?>(nil)
    /// Builds the whole site after the watcher noticed a change.
    private let builder = Mutex<BackgroundWorker<SourceWatcher.Snapshot>?>(nil)

    private let onSearchProblem: @Sendable (Diagnostic) -> Void
    private let onPreview: @Sendable (String) -> Void
    /// What the watcher saw last: it compares its next poll with this, not with what the last build
    /// saw, so a change is noticed (and previewed) while a build is still running.
    private let lastNoticed = Mutex<SourceWatcher.Snapshot?>(nil)

    /// - Parameters:
    ///   - watchLimits: how much of the sources one poll looks at.
    ///   - onBuild: told of every build, from the thread that ran it. When the watcher's polls start
    ///     stopping at a limit, the report of the build that first sees it carries the watcher's
    ///     warning, once (not when it would fail a `strict` build that otherwise succeeded).
    ///   - onSearchProblem: told when the background indexing failed; the site keeps its older index.
    ///   - onPreview: told the address of an edited meeting's page put in place before the whole build.
    public init(options: BuildOptions, search: Search = .disabled, watchLimits: WatchLimits = WatchLimits(),
                onBuild: @escaping @Sendable (BuildReport) -> Void = { _ in },
                onSearchProblem: @escaping @Sendable (Diagnostic) -> Void = { _ in },
                onPreview: @escaping @Sendable (String) -> Void = { _ in }) {
        self.onPreview = onPreview
        self.options = options
        self.search = search
        self.onSearchProblem = onSearchProblem
        self.watcher = SourceWatcher(folders: [options.contentDirectory, options.templatesDirectory], limits: watchLimits)
        self.onBuild = onBuild
    }

    public var currentStatus: Status { status.withLock { $0 } }

    /// Builds now, whatever changed.
    @discardableResult
    public func build() -> BuildReport {
        build(seeing: scan())
    }

    /// The sources as they are now.
    private func scan() -> SourceWatcher.Snapshot {
        let started = ContinuousClock.now
        let snapshot = watcher.snapshot()
        let took = ContinuousClock.now - started
        lastScanTime.withLock { $0 = took }
        return snapshot
    }

    /// Builds, with `snapshot` (taken before the build reads anything) as what the next poll compares with.
    private func build(seeing snapshot: SourceWatcher.Snapshot) -> BuildReport {
        var report = building.withLock { _ in
            lastSnapshot.withLock { $0 = snapshot }
            return SiteBuilder(cache: cache, search: searchIndexing).build(options)
        }
        if let pages = report.searchPagesToIndex, case let .inBackground(indexer) = search {
            indexInBackground(pages, with: indexer)
        }
        let diagnostics = report.diagnostics.sorted
        let watcherWarning = snapshot.warning
        let warningIsNew = status.withLock { status in
            // A new search index alone does not reload the page being looked at.
            let isPage = { (path: String) in !path.hasPrefix(SiteURL.searchIndexFolder) }
            let changed = report.published.written.contains(where: isPage) || report.published.removed.contains(where: isPage)
                || status.succeeded != report.succeeded || status.diagnostics != diagnostics
                || status.watcherWarning != watcherWarning
            let isNew = status.watcherWarning != watcherWarning
            status = Status(generation: status.generation + (changed ? 1 : 0), succeeded: report.succeeded,
                            diagnostics: diagnostics, watcherWarning: watcherWarning)
            return isNew
        }
        // The terminal hears of the watcher's warning once, with the build that first saw it.
        if warningIsNew, let watcherWarning, !(report.strict && report.succeeded) {
            report.diagnostics.append(watcherWarning)
        }
        onBuild(report)
        return report
    }

    private var searchIndexing: SearchIndexing {
        switch search {
        case .disabled: .disabled
        case .unavailable: .unavailable
        case let .inBackground(indexer): .deferred(indexer, ready: readyIndex.withLock { $0 })
        }
    }

    /// Whether the indexing thread is at work.
    public var isIndexing: Bool { indexer.withLock { $0?.isRunning ?? false } }

    /// Indexes `pages` on a thread of its own and builds again with the index; while it runs, the
    /// newest pages wait for the next run.
    private func indexInBackground(_ pages: [OutputFile], with searchIndexer: any SearchIndexer) {
        let worker = indexer.withLock { worker in
            if let worker { return worker }
            let made = BackgroundWorker<[OutputFile]>(name: "samverkan-search-index") { [weak self] pages in
                guard let self else { return }
                do throws(SearchIndexError) {
                    // Only the shards whose pages changed are indexed again; the others are kept.
                    let current = readyIndex.withLock { $0 } ?? SearchIndex.live(in: options.outputDirectory)
                    let index = try SearchIndex.make(SearchDocuments.documents(reported: pages), with: searchIndexer, keeping: current)
                    readyIndex.withLock { $0 = index }
                    build()
                } catch {
                    // The site stays as it is, with its older index: a warning, not a failed build.
                    let problem = error.diagnostic
                    onSearchProblem(.warning(problem.location, problem.message))
                }
            }
            worker = made
            return made
        }
        worker.start(pages)
    }

    /// Builds when a source file was added, changed or removed since the last build, or when the
    /// watcher's polls started or stopped stopping at a limit (so that the warning is shown and told once).
    @discardableResult
    public func rebuildIfChanged() -> BuildReport? {
        let now = scan()
        lastNoticed.withLock { $0 = now }
        let (changed, onlyFile) = lastSnapshot.withLock { last in
            (last.map { now.differs(from: $0) } ?? true, last.flatMap { now.onlyChangedFile(since: $0) })
        }
        let warningChanged = status.withLock { $0.watcherWarning } != now.warning
        guard changed || warningChanged else { return nil }
        if let onlyFile { previewFirst(onlyFile) }
        return build(seeing: now)
    }

    /// When the one file edited is a meeting and the site on show built cleanly, puts that meeting's
    /// page in place at once and tells the browser, before the whole site (lists, feeds, the other
    /// pages that show the meeting) is built again: an edit shows in a fraction of a second however
    /// large the archive.
    private func previewFirst(_ path: String) {
        let folder = options.contentDirectory.hasSuffix("/") ? options.contentDirectory : options.contentDirectory + "/"
        guard path.hasPrefix(folder), status.withLock({ $0.succeeded }) else { return }
        let relative = String(path.dropFirst(folder.count))
        // Not under `building`: a build that is running does not hold the preview back. The page is
        // put in place under the output folder's lock, and the build for this edit follows.
        let shown = SiteBuilder(cache: cache, search: searchIndexing).previewEditedMeeting(at: relative, options)
        guard let shown else { return }
        status.withLock { $0.generation += 1 }
        onPreview(shown)
    }

    /// For the watcher: when the sources changed since its last poll, shows an edited meeting at once
    /// and has the whole site built on a thread of its own, so the next edit is noticed (and shown)
    /// while that build runs.
    private func noticeChanges() {
        let now = scan()
        let earlier = lastNoticed.withLock { last in
            defer { last = now }
            return last
        } ?? lastSnapshot.withLock { $0 }
        let changed = earlier.map { now.differs(from: $0) } ?? true
        let warningChanged = status.withLock { $0.watcherWarning } != now.warning
        guard changed || warningChanged else { return }
        if let earlier, let file = now.onlyChangedFile(since: earlier) { previewFirst(file) }
        buildInBackground(seeing: now)
    }

    /// Builds with `snapshot` on a thread of its own; while it runs, the newest snapshot waits for the next build.
    private func buildInBackground(seeing snapshot: SourceWatcher.Snapshot) {
        let worker = builder.withLock { worker in
            if let worker { return worker }
            let made = BackgroundWorker<SourceWatcher.Snapshot>(name: "samverkan-build") { [weak self] in self?.build(seeing: $0) }
            worker = made
            return made
        }
        worker.start(snapshot)
    }

    /// Watches the sources on a thread of its own until `stopWatching()`. With inotify (Linux) it
    /// sleeps until a file changes, lets a burst of events settle for `settle`, and compares
    /// snapshots then, and once every `safetyScan` in case a change went unreported (a network
    /// mount). Without it, it polls every `interval`, or four times as long as the latest poll
    /// took when that is longer.
    public func watch(every interval: Duration = .milliseconds(250), settle: Duration = .milliseconds(20),
                      safetyScan: Duration = .seconds(30)) {
        watching.withLock { $0 = true }
        let folders = watcher.folders
        let thread = Thread { [self] in
            let notifier = ChangeNotifier.make(roots: folders)
            // What changed before the notifier watched (since the last build) is found by one scan now.
            noticeChanges()
            var lastScan = ContinuousClock.now
            while watching.withLock({ $0 }) {
                if let notifier {
                    if notifier.waitForChange(timeout: .milliseconds(500)) {
                        Self.sleep(settle)
                        notifier.readEvents()
                    } else if ContinuousClock.now - lastScan < max(safetyScan, lastScanTime.withLock { $0 } * 4) {
                        continue
                    }
                } else {
                    Self.sleep(max(interval, lastScanTime.withLock { $0 } * 4))
                }
                lastScan = ContinuousClock.now
                noticeChanges()
            }
        }
        thread.name = "samverkan-watch"
        thread.start()
    }

    private static func sleep(_ duration: Duration) {
        Thread.sleep(forTimeInterval: Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }

    public func stopWatching() {
        watching.withLock { $0 = false }
    }
}
