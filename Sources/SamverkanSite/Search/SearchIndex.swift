import SamverkanLoading
import SamverkanModel

/// A finished search index: its files under the output folder and the digest of what it was made
/// from, which a stamp file in the index records so a later build can tell whether it is current.
public struct SearchIndex: Sendable, Hashable {
    /// The stamp: one line, the digest.
    static let stampPath = SiteURL.searchIndexFolder + "samverkan-index.txt"

    /// What the index was made from: the indexer's identity and every searchable page, by path and bytes.
    public var digest: String
    /// The index's files, the stamp included.
    public var files: [OutputFile]

    /// Runs `indexer` over `pages` and adds the stamp.
    public static func make(_ pages: [OutputFile], with indexer: any SearchIndexer) throws(SearchIndexError) -> SearchIndex {
        let files = try indexer.index(pages)
        if let stray = files.first(where: { !$0.path.hasPrefix(SiteURL.searchIndexFolder) || $0.path == stampPath }) {
            throw SearchIndexError(path: stray.path, reason: "indexeraren skrev en fil utanför \(SiteURL.searchIndexFolder)")
        }
        return stamped(files, digest: digest(of: pages, indexer: indexer))
    }

    static func stamped(_ files: [OutputFile], digest: String) -> SearchIndex {
        SearchIndex(digest: digest, files: files + [OutputFile(path: stampPath, text: digest + "\n")])
    }

    /// The digest an index of `pages` made by `indexer` has: FNV-1a (64 bits) over the indexer's
    /// identity and each page's path and bytes in path order, each page hashed on its own core.
    public static func digest(of pages: [OutputFile], indexer: any SearchIndexer) -> String {
        let sorted = pages.sorted { $0.path < $1.path }
        let pageHashes = sorted.parallelMap { page in
            var hash = FNV1a()
            hash.add(bytes: page.path.utf8)
            hash.add(byte: 0)
            hash.add(bytes: page.bytes)
            return hash.value
        }
        var hash = FNV1a()
        hash.add(bytes: indexer.identity.utf8)
        for value in pageHashes { hash.add(word: value) }
        return "fnv1a64-" + String(hash.value, radix: 16) + "-\(pages.count)"
    }

    /// The index the site in `outputDirectory` has now, when its stamp says `digest`; `nil` when
    /// there is none, it was made from other pages, or it cannot be read.
    static func live(in outputDirectory: String, digest: String?, fileSystem: FileSystem) -> SearchIndex? {
        let folder = outputDirectory + "/" + SiteURL.searchIndexFolder
        guard let stamp = try? fileSystem.readFile(at: outputDirectory + "/" + stampPath),
              let recorded = String(validating: stamp, as: UTF8.self)?.split(separator: "\n").first.map(String.init),
              digest == nil || recorded == digest,
              let listing = try? fileSystem.files(under: folder), listing.refused.isEmpty else { return nil }
        var files: [OutputFile] = []
        for path in listing.files where SiteURL.searchIndexFolder + path != stampPath {
            guard let bytes = try? fileSystem.readFile(at: folder + path) else { return nil }
            files.append(OutputFile(path: SiteURL.searchIndexFolder + path, bytes: bytes))
        }
        return stamped(files, digest: recorded)
    }
}

/// The 64-bit Fowler–Noll–Vo hash (FNV-1a): stable across processes and machines, unlike `Hasher`.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    mutating func add(bytes: some Sequence<UInt8>) {
        for byte in bytes { add(byte: byte) }
    }

    mutating func add(word: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { add(byte: UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
    }
}
