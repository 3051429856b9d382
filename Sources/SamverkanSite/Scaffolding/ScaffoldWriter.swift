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

/// Writes the whole text to a hidden temporary file beside the target, then gives it its name with
/// `link(2)`, which the system refuses when the name exists (a file or a symbolic link): there is no
/// moment in which a file could be replaced, and a run killed halfway leaves no partial file under
/// the name (at most a hidden temporary one, which the loader does not read).
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
        if access(path, F_OK) == 0 || errno != ENOENT { throw .exists }  // early, before writing anything
        let name = (path as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "" : folder + "/") + ".\(name).ny-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { throw .failed(reason: Self.reason(errno)) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let bytes = Array(text.utf8)
        var offset = 0
        var failure: Int32?
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                buffer.baseAddress.map { write(descriptor, $0 + offset, buffer.count - offset) } ?? -1
            }
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            offset += written
        }
        if failure == nil, fchmod(descriptor, 0o644) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, link(temporary, path) != 0 { failure = errno }
        unlink(temporary)
        if let failure {
            if failure == EEXIST { throw .exists }
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
