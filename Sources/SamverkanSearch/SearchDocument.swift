import SamverkanModel

/// One page as the search indexes it: where it is on the site, which shard of the index holds it,
/// the HTML the indexer reads and the digest of both.
public struct SearchDocument: Sendable, Hashable {
    /// The page's file under the output folder: `moten/2024/2024-10-03-sro/index.html`.
    public var path: String
    /// The shard whose index holds the page (`2024`, `sidor`): a folder name under `pagefind/`.
    public var shard: String
    /// The HTML the indexer reads; `nil` for a page a build did not make again because the site
    /// beside it records the same inputs: then only its digest is known, which is enough for its
    /// shard's digest, and the build makes the HTML after all if the shard must be indexed.
    public private(set) var bytes: [UInt8]?
    /// `StableHasher` over the path and the HTML: what a shard's digest is made from.
    public private(set) var digest: StableDigest

    public init(path: String, shard: String, bytes: [UInt8]) {
        self.init(path: path, shard: shard, digest: Self.digest(path: path, bytes: bytes))
        self.bytes = bytes
    }

    /// A document known by its digest only (`bytes` is `nil`).
    public init(path: String, shard: String, digest: StableDigest) {
        self.path = path
        self.shard = shard
        self.bytes = nil
        self.digest = digest
    }

    /// The digest a document with `path` and `bytes` has.
    public static func digest(path: String, bytes: [UInt8]) -> StableDigest {
        var hasher = StableHasher()
        hasher.add(path)
        hasher.add(buffer: bytes)
        return hasher.finish()
    }
}
