import SamverkanModel

/// One shard of the search index: the bundle the indexer made from the documents of one shard key,
/// in `pagefind/<name>/`, with a stamp recording the digest of what it was made from.
public struct SearchShard: Sendable, Hashable {
    /// The stamp's file name in the shard's folder: one line, the digest.
    static let stampName = "samverkan-index.txt"

    /// The shard key: `2024`, `sidor`.
    public var name: String
    /// What the shard was made from: the indexer's identity and its documents, by path and bytes.
    public var digest: String
    /// The shard's files under the output folder (`pagefind/2024/…`) in path order, the stamp included.
    public var files: [OutputFile]

    public init(name: String, digest: String, files: [OutputFile]) {
        self.name = name
        self.digest = digest
        self.files = files
    }

    /// The shard's folder under the output folder: `pagefind/2024/`.
    public static func folder(_ name: String) -> String { SiteURL.searchIndexFolder + name + "/" }

    /// A shard of `bundle` (paths inside the shard's folder) with its stamp added.
    static func stamped(_ name: String, bundle: [OutputFile], digest: String) -> SearchShard {
        let folder = folder(name)
        let files = bundle.map { OutputFile(path: folder + $0.path, bytes: $0.bytes) }
        return SearchShard(name: name, digest: digest,
                           files: (files + [OutputFile(path: folder + stampName, text: digest + "\n")]).sorted { $0.path < $1.path })
    }

    /// Whether `name` can name a shard: a folder name of lower-case ASCII letters, digits and `-`.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { (0x61 ... 0x7a).contains($0) || (0x30 ... 0x39).contains($0) || $0 == 0x2d }
    }

    /// Whether `path`, from an indexer, stays inside the shard's folder and leaves the stamp alone.
    static func isInsideBundle(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && path != stampName && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }
}
