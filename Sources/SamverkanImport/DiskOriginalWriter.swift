import Foundation
import SamverkanSite

/// Writes the original with `O_CREAT | O_EXCL`, which the system refuses when the name exists (a
/// file or a symbolic link), so no file is ever written over; a write that fails takes its file away.
public struct DiskOriginalWriter: OriginalWriter {
    public init() {}

    public func create(_ bytes: [UInt8], at path: String) throws(ScaffoldWriteError) {
        // A folder that cannot be made makes the open below fail, with its reason.
        try? FileManager().createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST || errno == ELOOP { throw .exists }
            throw .failed(reason: Self.reason(errno))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: bytes)
            try handle.close()
        } catch {
            unlink(path)
            throw .failed(reason: Self.reason(errno))
        }
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "behörighet saknas"
        case ENOSPC: "disken är full"
        case EROFS: "filsystemet är skrivskyddat"
        case ENOENT, ENOTDIR: "mappen finns inte och kan inte skapas"
        default: String(cString: strerror(code))
        }
    }

    public func remove(_ path: String) {
        unlink(path)
    }
}
