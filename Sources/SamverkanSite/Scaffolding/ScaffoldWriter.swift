import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// Creates the one new file of `samverkan new`: the seam that lets tests run it in memory.
public protocol ScaffoldWriter: Sendable {
    /// Writes `text` to a new file at `path`, creating its folders. Never replaces a file: throws
    /// `.exists` when one is there, even one that appeared after the content was read.
    func create(_ text: String, at path: String) throws(ScaffoldWriteError)
}

public enum ScaffoldWriteError: Error, Sendable, Equatable {
    case exists
    case failed(reason: String)
}

/// Writes to disk with `O_CREAT | O_EXCL`: the system refuses an existing file (or symbolic link)
/// in the same step that creates the new one, so there is no moment in which one could be replaced.
public struct DiskScaffoldWriter: ScaffoldWriter {
    public init() {}

    public func create(_ text: String, at path: String) throws(ScaffoldWriteError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager().createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .failed(reason: "mappen \(folder) kan inte skapas")
            }
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw .exists }
            throw .failed(reason: Self.reason(errno))
        }
        let bytes = Array(text.utf8)
        var offset = 0
        var failure: Int32?
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            offset += written
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(path)  // the file is ours and incomplete
            throw .failed(reason: Self.reason(failure))
        }
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "behörighet saknas"
        case ENOSPC: return "disken är full"
        case EROFS: return "filsystemet är skrivskyddat"
        case ENOENT, ENOTDIR: return "mappen finns inte"
        default: return String(cString: strerror(code))
        }
    }
}
