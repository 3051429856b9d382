import Foundation

/// The real file system.
public struct DiskFileSystem: FileSystem {
    public init() {}

    public func files(under directory: String) throws -> [String] {
        guard isDirectory(directory) else { throw FileSystemError.notFound(directory) }
        let manager = FileManager()
        guard let enumerator = manager.enumerator(atPath: directory) else {
            throw FileSystemError.unreadable(directory, reason: "mappen kan inte läsas")
        }
        var result: [String] = []
        for case let relative as String in enumerator {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isFolder: ObjCBool = false
            let full = (directory as NSString).appendingPathComponent(relative)
            if manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                result.append(relative)
            }
        }
        return result.sorted()
    }

    public func readFile(at path: String) throws -> [UInt8] {
        guard let data = FileManager().contents(atPath: path) else {
            if isDirectory(path) || !FileManager().fileExists(atPath: path) {
                throw FileSystemError.notFound(path)
            }
            throw FileSystemError.unreadable(path, reason: "filen kan inte läsas")
        }
        return [UInt8](data)
    }

    public func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager().fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    public func absolutePath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager().currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
