/// Files held in a dictionary: a build that touches no disk, for tests.
public struct InMemoryFileSystem: FileSystem {
    public var contents: [String: [UInt8]]

    public init(_ files: [String: String] = [:]) {
        contents = files.mapValues { Array($0.utf8) }
    }

    public mutating func write(_ text: String, to path: String) {
        contents[Self.normalise(path)] = Array(text.utf8)
    }

    public func files(under directory: String) throws -> [String] {
        let prefix = Self.normalise(directory) + "/"
        let found = contents.keys.filter { $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count)) }
            .filter { !$0.split(separator: "/").contains(where: { $0.hasPrefix(".") }) }
        guard !found.isEmpty || isDirectory(directory) else { throw FileSystemError.notFound(directory) }
        return found.sorted()
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

    static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", !parts.isEmpty { parts.removeLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }
}
