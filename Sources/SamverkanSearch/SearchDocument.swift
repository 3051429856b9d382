/// One page as the search indexes it: where it is on the site, which shard of the index holds it,
/// and the HTML the indexer reads.
public struct SearchDocument: Sendable, Hashable {
    /// The page's file under the output folder: `moten/2024/2024-10-03-sro/index.html`.
    public var path: String
    /// The shard whose index holds the page (`2024`, `sidor`): a folder name under `pagefind/`.
    public var shard: String
    /// The HTML the indexer reads.
    public var bytes: [UInt8]

    public init(path: String, shard: String, bytes: [UInt8]) {
        self.path = path
        self.shard = shard
        self.bytes = bytes
    }
}
