/// How much of the sources one poll of the preview's watcher looks at, so that a folder far larger
/// than a site (a whole disk given as the content folder) cannot hold a core or fill the memory.
/// Past either bound the poll stops, the preview warns once, and changes further in go unnoticed.
public struct WatchLimits: Sendable, Equatable {
    /// Entries (files, links, folders) one poll looks at, at most. A large site has a few thousand.
    public var maxEntries: Int
    /// How long one poll may take; the real content is scanned in a few milliseconds.
    public var maxScanTime: Duration

    public init(maxEntries: Int = 200_000, maxScanTime: Duration = .seconds(2)) {
        self.maxEntries = maxEntries
        self.maxScanTime = maxScanTime
    }
}
