import SamverkanLoading
import SamverkanModel
import SamverkanSite

/// Files held in a dictionary: a build that touches no disk, for tests.
public struct InMemoryFileSystem: FileSystem {
    public var contents: [String: [UInt8]]
    /// Entries the listing reports as refused (a link, an unreadable folder), by full path.
    public var refused: [String: RefusedEntry.Reason] = [:]

    public init(_ files: [String: String] = [:]) {
        contents = files.mapValues { Array($0.utf8) }
    }

    public mutating func write(_ text: String, to path: String) {
        contents[Self.normalise(path)] = Array(text.utf8)
    }

    public func files(under directory: String) throws -> FileListing {
        let prefix = Self.normalise(directory) + "/"
        func visible(_ paths: some Sequence<String>) -> [String] {
            paths.filter { $0.hasPrefix(prefix) }
                .map { String($0.dropFirst(prefix.count)) }
                .filter { !$0.split(separator: "/").contains(where: { $0.hasPrefix(".") }) }
        }
        let found = visible(contents.keys)
        let refusedPaths = visible(refused.keys)
        guard !found.isEmpty || !refusedPaths.isEmpty || isDirectory(directory) else { throw FileSystemError.notFound(directory) }
        let hidden = refusedPaths.filter { $0 != "." }.map { $0 + "/" }
        return FileListing(
            files: found.filter { path in !hidden.contains { path.hasPrefix($0) } }.sorted(),
            refused: refusedPaths.sorted().compactMap { path in refused[prefix + path].map { RefusedEntry(path: path, reason: $0) } })
    }

    public func readFile(at path: String) throws -> [UInt8] {
        guard let bytes = contents[Self.normalise(path)] else { throw FileSystemError.notFound(path) }
        return bytes
    }

    public func isDirectory(_ path: String) -> Bool {
        let prefix = Self.normalise(path) + "/"
        return contents.keys.contains { $0.hasPrefix(prefix) }
    }

    public func absolutePath(_ path: String) -> String {
        "/memory/" + Self.normalise(path)
    }

    public static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", !parts.isEmpty { parts.removeLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }
}
