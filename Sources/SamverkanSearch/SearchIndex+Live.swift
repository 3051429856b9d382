import SamverkanLoading
import SamverkanModel

extension SearchIndex {
    /// The shards the site in `outputDirectory` has now, each with the digest its stamp records. With
    /// `digests` (shard name → digest), only the shards whose stamp says that digest, so that a
    /// build reads only the shards it keeps. A shard whose stamp or files cannot be read is left out,
    /// and so is made again; so are the files outside the shards' folders.
    public static func live(in outputDirectory: String, fileSystem: FileSystem = DiskFileSystem(), keepingOnly digests: [String: String]? = nil) -> SearchIndex {
        let folder = outputDirectory + "/" + SiteURL.searchIndexFolder
        guard let listing = try? fileSystem.files(under: folder) else { return SearchIndex(shards: []) }
        var byShard: [String: [String]] = [:]
        for path in listing.files {
            guard let slash = path.firstIndex(of: "/") else { continue }
            byShard[String(path[..<slash]), default: []].append(path)
        }
        let refused = Set(listing.refused.compactMap { $0.path.split(separator: "/").first.map(String.init) })
        var shards: [SearchShard] = []
        for (name, paths) in byShard where SearchShard.isValidName(name) && !refused.contains(name) {
            let stampPath = name + "/" + SearchShard.stampName
            guard paths.contains(stampPath), let stamp = try? fileSystem.readFile(at: folder + stampPath),
                  let recorded = String(validating: stamp, as: UTF8.self)?.split(separator: "\n").first.map(String.init),
                  digests == nil || digests?[name] == recorded else { continue }
            var files: [OutputFile] = []
            var readable = true
            for path in paths {
                guard let bytes = try? fileSystem.readFile(at: folder + path) else { readable = false; break }
                files.append(OutputFile(path: SiteURL.searchIndexFolder + path, bytes: bytes))
            }
            if readable { shards.append(SearchShard(name: name, digest: recorded, files: files)) }
        }
        return SearchIndex(shards: shards)
    }
}
