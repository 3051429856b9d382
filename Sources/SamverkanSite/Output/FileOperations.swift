#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// Every disk operation of `DiskSiteWriter` that changes something, one call each, so that tests can
/// make any one of them fail (disk full, read-only) or every one from some point on (a killed
/// build). Reading (comparing bytes, listing folders) goes to the disk directly.
protocol FileOperations: Sendable {
    func makeFolder(_ path: String) throws(SystemCallError)
    func setPermissions(_ path: String, _ mode: mode_t) throws(SystemCallError)
    /// Creates a new file (never replaces one) holding `bytes`; with `modified`, also sets its
    /// modification time.
    func createFile(_ path: String, bytes: [UInt8], modified: timespec?) throws(SystemCallError)
    func makeHardLink(from existing: String, to path: String) throws(SystemCallError)
    func rename(_ path: String, to newPath: String) throws(SystemCallError)
    /// Swaps two paths in one atomic step; EINVAL or ENOSYS where the file system cannot.
    func exchange(_ first: String, _ second: String) throws(SystemCallError)
    func removeFile(_ path: String) throws(SystemCallError)
    func removeFolder(_ path: String) throws(SystemCallError)
    /// Opens the lock file, creating it when missing, and returns its descriptor.
    func openLockFile(_ path: String) throws(SystemCallError) -> Int32
}
