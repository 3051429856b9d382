import Synchronization
#if canImport(Glibc)
import Glibc
#endif
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// The real disk operations, counted, with chosen ones failing: one call with an errno (disk full,
/// read-only file system); every call from one on (the build was killed there: nothing it does
/// afterwards reaches the disk, clean-up included); every hard link (a file system without them);
/// every exchange (a file system that cannot swap two folders).
final class FaultyFileOperations: FileOperations {
    enum Fault: Sendable, Equatable {
        case none
        case once(at: Int, code: Int32)
        case killed(at: Int)
    }

    struct Call: Sendable, Equatable {
        var index: Int
        var name: String
        var paths: [String]
    }

    let fault: Fault
    let linkError: Int32?
    let exchangeError: Int32?
    private let real = SystemFileOperations()
    private let log = Mutex<[Call]>([])

    init(_ fault: Fault = .none, linkError: Int32? = nil, exchangeError: Int32? = nil) {
        self.fault = fault
        self.linkError = linkError
        self.exchangeError = exchangeError
    }

    var calls: [Call] { log.withLock { $0 } }

    private func record(_ name: String, _ paths: String...) throws(SystemCallError) {
        let index = log.withLock { calls in
            calls.append(Call(index: calls.count, name: name, paths: paths))
            return calls.count - 1
        }
        switch fault {
        case .none: break
        case let .once(at, code): if index == at { throw SystemCallError(code: code) }
        case let .killed(at): if index >= at { throw SystemCallError(code: EIO) }
        }
    }

    func makeFolder(_ path: String) throws(SystemCallError) {
        try record("mkdir", path)
        try real.makeFolder(path)
    }

    func setPermissions(_ path: String, _ mode: mode_t) throws(SystemCallError) {
        try record("chmod", path)
        try real.setPermissions(path, mode)
    }

    func createFile(_ path: String, bytes: [UInt8], modified: timespec?) throws(SystemCallError) {
        try record("create", path)
        try real.createFile(path, bytes: bytes, modified: modified)
    }

    func makeHardLink(from existing: String, to path: String) throws(SystemCallError) {
        try record("link", existing, path)
        if let linkError { throw SystemCallError(code: linkError) }
        try real.makeHardLink(from: existing, to: path)
    }

    func rename(_ path: String, to newPath: String) throws(SystemCallError) {
        try record("rename", path, newPath)
        try real.rename(path, to: newPath)
    }

    func exchange(_ first: String, _ second: String) throws(SystemCallError) {
        try record("exchange", first, second)
        if let exchangeError { throw SystemCallError(code: exchangeError) }
        try real.exchange(first, second)
    }

    func removeFile(_ path: String) throws(SystemCallError) {
        try record("unlink", path)
        try real.removeFile(path)
    }

    func removeFolder(_ path: String) throws(SystemCallError) {
        try record("rmdir", path)
        try real.removeFolder(path)
    }

    func openLockFile(_ path: String) throws(SystemCallError) -> Int32 {
        try record("open-lock", path)
        return try real.openLockFile(path)
    }
}
