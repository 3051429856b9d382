import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices changes to the sources by comparing every entry's lstat stamp between polls: works the
/// same on every file system, in containers and over network mounts.
///
/// Like the build's `DiskFileSystem`, it never follows a symbolic link: a link is an entry of its
/// own (its stamp holds what it points to, so pointing it elsewhere is a change) and is never
/// walked into, so a link to `.` or to `/usr` costs one entry and the build reports it. One poll
/// looks at no more than `limits` allow; past them it stops and says so in its snapshot.
struct SourceWatcher: Sendable {
    let folders: [String]
    let limits: WatchLimits

    init(folders: [String], limits: WatchLimits = WatchLimits()) {
        self.folders = folders
        self.limits = limits
    }

    /// Every entry under the folders but the folders themselves and hidden ones (`.git`, an
    /// editor's `.file.swp`), in a fixed order: each folder's entries sorted by name, then its
    /// subfolders in the same order. A folder that does not exist or cannot be read is empty.
    func snapshot() -> Snapshot {
        var walk = Walk(limits: limits)
        for folder in folders {
            var pending = [folder]
            while let current = pending.popLast() {
                guard let subfolders = walk.list(current, top: folder) else { return walk.snapshot }
                pending.append(contentsOf: subfolders.reversed())
            }
        }
        return walk.snapshot
    }

    /// One poll's state: what it found so far and how much it may still look at.
    private struct Walk {
        let limits: WatchLimits
        let deadline: ContinuousClock.Instant
        var snapshot = Snapshot()
        var seen = 0

        init(limits: WatchLimits) {
            self.limits = limits
            deadline = ContinuousClock.now + limits.maxScanTime
        }

        /// Records the entries of one folder and returns its subfolders; nil when a limit was passed
        /// (the snapshot then says which).
        mutating func list(_ folder: String, top: String) -> [String]? {
            guard let names = names(in: folder, top: top) else { return nil }
            var subfolders: [String] = []
            for name in names {
                guard withinTime(top: top) else { return nil }
                let path = folder + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                let kind = info.st_mode & S_IFMT
                if kind == S_IFDIR {
                    subfolders.append(path)
                    continue
                }
                let stamp = Stamp(kind: UInt32(kind), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                                  seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec),
                                  linkTarget: kind == S_IFLNK ? SourceWatcher.linkTarget(of: path) : nil)
                snapshot.entries.append(Entry(path: path, stamp: stamp))
            }
            return subfolders
        }

        /// The names in a folder that are not hidden, sorted by their bytes; nil when a limit was passed.
        private mutating func names(in folder: String, top: String) -> [String]? {
            guard let stream = opendir(folder) else { return [] }
            defer { closedir(stream) }
            var names: [String] = []
            while let entry = readdir(stream) {
                let name: String? = withUnsafePointer(to: &entry.pointee.d_name) { field in
                    let bytes = UnsafeRawPointer(field).assumingMemoryBound(to: CChar.self)
                    // ., .., .git and every other hidden entry are skipped before a String is made.
                    return bytes.pointee == CChar(UInt8(ascii: ".")) ? nil : String(cString: bytes)
                }
                guard let name else { continue }
                seen += 1
                guard seen <= limits.maxEntries else {
                    snapshot.truncation = .tooManyEntries(folder: top, limit: limits.maxEntries)
                    return nil
                }
                guard withinTime(top: top) else { return nil }
                names.append(name)
            }
            names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            return names
        }

        /// Whether the poll still has time; records the truncation when it has not.
        private mutating func withinTime(top: String) -> Bool {
            guard ContinuousClock.now > deadline else { return true }
            snapshot.truncation = .tooSlow(folder: top, limit: limits.maxScanTime)
            return false
        }
    }

    /// The text of a symbolic link (what it points to, as written), nil when it cannot be read.
    static func linkTarget(of path: String) -> String? {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: Int(PATH_MAX)) { buffer -> String? in
            guard let base = buffer.baseAddress else { return nil }
            let count = readlink(path, base, buffer.count)
            guard count >= 0 else { return nil }
            return String(decoding: UnsafeRawBufferPointer(start: base, count: count), as: UTF8.self)
        }
    }
}
