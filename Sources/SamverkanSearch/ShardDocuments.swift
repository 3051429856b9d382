/// The documents of one shard and the digest a shard made from them has.
public struct ShardDocuments: Sendable, Hashable {
    public var name: String
    public var documents: [SearchDocument]
    public var digest: String
}
