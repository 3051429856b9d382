/// Read access to files: the seam that lets a whole build run in memory in tests.
public protocol FileSystem: Sendable {
    /// Regular files under `directory`, recursively, as paths relative to it, sorted. Hidden files are left out.
    /// Throws `FileSystemError.notFound` when the directory does not exist.
    func files(under directory: String) throws -> [String]
    func readFile(at path: String) throws -> [UInt8]
    func isDirectory(_ path: String) -> Bool
    /// The path made absolute and normalised (symbolic links resolved where the system can).
    func absolutePath(_ path: String) -> String
}

public enum FileSystemError: Error, Sendable, Equatable {
    case notFound(String)
    case unreadable(String, reason: String)
}
