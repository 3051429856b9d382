import Foundation

/// Notices changes to the sources by comparing every file's size and modification time between
/// polls: works the same on every file system, in containers and over network mounts.
struct SourceWatcher: Sendable {
    struct Stamp: Hashable, Sendable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
    }

    let folders: [String]

    /// Every file under the folders, with its size and time. A folder that does not exist is empty.
    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in folders {
            var pending = [folder]
            while let current = pending.popLast() {
                guard let names = try? FileManager().contentsOfDirectory(atPath: current) else { continue }
                for name in names where !name.hasPrefix(".") {
                    let path = current + "/" + name
                    var info = stat()
                    guard stat(path, &info) == 0 else { continue }
                    if (info.st_mode & S_IFMT) == S_IFDIR {
                        pending.append(path)
                    } else {
                        stamps[path] = Stamp(size: Int64(info.st_size), seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec)
                    }
                }
            }
        }
        return stamps
    }
}
