import SamverkanModel

/// Read access to files: the seam that lets a whole build run in memory in tests.
public protocol FileSystem: Sendable {
    /// Every entry under `directory`, recursively, as paths relative to it, sorted: the regular files
    /// to read, and the entries a build must not read (symbolic links, folders that cannot be read,
    /// special files), so they can be reported instead of skipped. Hidden entries are left out.
    /// Throws `FileSystemError.notFound` when the directory does not exist.
    func files(under directory: String) throws -> FileListing
    /// The bytes of a regular file; never follows a symbolic link.
    func readFile(at path: String) throws -> [UInt8]
    func isDirectory(_ path: String) -> Bool
    /// The path made absolute and normalised (symbolic links resolved where the system can).
    func absolutePath(_ path: String) -> String
}

public enum FileSystemError: Error, Sendable, Equatable {
    case notFound(String)
    case unreadable(String, reason: String)
}
