#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// Putting unchanged files in the new generation (`DiskSiteStaging` builds it).
extension DiskSiteWriter {
    /// Errors from `link` that mean "this file system cannot", not "this disk is failing": then the
    /// file is copied, keeping its modification time.
    static let linkUnsupported: Set<Int32> = [EXDEV, EPERM, EMLINK, EOPNOTSUPP, ENOSYS]

    /// Puts the live file `source` at `target` unchanged: a hard link, else a copy with the same
    /// modification time (`bytes` when known, else read from `source`).
    func carry(_ source: String, to target: String, bytes: [UInt8]?) throws(OutputError) {
        do throws(SystemCallError) {
            try operations.makeHardLink(from: source, to: target)
            return
        } catch where Self.linkUnsupported.contains(error.code) {
            // Copied below.
        } catch {
            throw OutputError(path: target, reason: error.description)
        }
        guard let content = bytes ?? Self.readBytes(at: source), let modified = Self.modificationTime(of: source) else {
            throw OutputError(path: source, reason: "filen kan inte läsas")
        }
        try attempt(target) { () throws(SystemCallError) in try operations.createFile(target, bytes: content, modified: modified) }
    }
}
