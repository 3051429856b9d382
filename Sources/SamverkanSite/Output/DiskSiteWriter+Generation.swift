#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// Building the new generation: a complete site, marker included, in a fresh folder.
extension DiskSiteWriter {
    /// Errors from `link` that mean "this file system cannot", not "this disk is failing": then the
    /// file is copied, keeping its modification time.
    static let linkUnsupported: Set<Int32> = [EXDEV, EPERM, EMLINK, EOPNOTSUPP, ENOSYS]

    /// Writes `files` into the new folder `generation`: unchanged ones as hard links to the live site
    /// in `live`, the rest as new files; writes the marker last.
    func buildGeneration(_ generation: String, files: [OutputFile], unchanged: [Bool], from live: String?) throws(OutputError) {
        try attempt(generation) { () throws(SystemCallError) in try operations.makeFolder(generation) }
        if let live, let mode = Self.permissions(of: live) {
            try attempt(generation) { () throws(SystemCallError) in try operations.setPermissions(generation, mode) }
        }
        var folders = Set<String>()
        for path in Set(files.map(\.path)) {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        for folder in folders.sorted() {  // a folder sorts before everything inside it
            let path = generation + "/" + folder
            try attempt(path) { () throws(SystemCallError) in try operations.makeFolder(path) }
        }

        let failures = Array(files.indices).parallelMap { index -> OutputError? in
            let file = files[index], target = generation + "/" + file.path
            do throws(OutputError) {
                if let live, unchanged[index] {
                    try carry(live + "/" + file.path, to: target, bytes: file.bytes)
                } else {
                    try attempt(target) { () throws(SystemCallError) in try operations.createFile(target, bytes: file.bytes, modified: nil) }
                }
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }

        let marker = generation + "/" + Self.markerName
        if let live, Self.isRegularFile(live + "/" + Self.markerName) {
            try carry(live + "/" + Self.markerName, to: marker, bytes: nil)
        } else {
            try attempt(marker) { () throws(SystemCallError) in
                try operations.createFile(marker, bytes: Array(Self.markerText.utf8), modified: nil)
            }
        }
    }

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
