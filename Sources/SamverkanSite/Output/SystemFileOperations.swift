#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// The real disk operations.
struct SystemFileOperations: FileOperations {
    func makeFolder(_ path: String) throws(SystemCallError) {
        try SystemCallError.check(mkdir(path, 0o755))
    }

    func setPermissions(_ path: String, _ mode: mode_t) throws(SystemCallError) {
        try SystemCallError.check(chmod(path, mode))
    }

    func createFile(_ path: String, bytes: [UInt8], modified: timespec?) throws(SystemCallError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemCallError.current }
        defer { close(descriptor) }
        var written = 0
        let failure = bytes.withUnsafeBytes { buffer -> SystemCallError? in
            while written < buffer.count, let base = buffer.baseAddress {
                let result = write(descriptor, base + written, buffer.count - written)
                if result < 0, errno == EINTR { continue }
                if result < 0 { return SystemCallError.current }
                if result == 0 { return SystemCallError(code: EIO) }
                written += result
            }
            return nil
        }
        if let failure { throw failure }
        if let modified {
            let times = [modified, modified]
            try SystemCallError.check(futimens(descriptor, times))
        }
    }

    func makeHardLink(from existing: String, to path: String) throws(SystemCallError) {
        try SystemCallError.check(link(existing, path))
    }

    func rename(_ path: String, to newPath: String) throws(SystemCallError) {
        #if canImport(Glibc)
        try SystemCallError.check(Glibc.rename(path, newPath))
        #else
        try SystemCallError.check(Darwin.rename(path, newPath))
        #endif
    }

    func exchange(_ first: String, _ second: String) throws(SystemCallError) {
        let code = RenameExchange.exchange(first, second)
        if code != 0 { throw SystemCallError(code: code) }
    }

    func removeFile(_ path: String) throws(SystemCallError) {
        try SystemCallError.check(unlink(path))
    }

    func removeFolder(_ path: String) throws(SystemCallError) {
        try SystemCallError.check(rmdir(path))
    }

    func openLockFile(_ path: String) throws(SystemCallError) -> Int32 {
        // Read-only is enough for flock, and works when another user created the file.
        let descriptor = open(path, O_RDONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemCallError.current }
        return descriptor
    }
}
