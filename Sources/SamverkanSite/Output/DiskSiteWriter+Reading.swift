#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// What is on disk now: read directly, never through `FileOperations`.
extension DiskSiteWriter {
    /// Every file of the current site, as paths under `directory`, leaving out samverkan's own files.
    static func siteFiles(in directory: String) -> [String] {
        var result: [String] = []
        var folders = [""]
        while let folder = folders.popLast() {
            for name in entries(of: folder.isEmpty ? directory : directory + "/" + folder) {
                if folder.isEmpty, name.hasPrefix(markerName) { continue }
                let path = folder.isEmpty ? name : folder + "/" + name
                if isFolder(directory + "/" + path) { folders.append(path) } else { result.append(path) }
            }
        }
        return result
    }

    /// The names in a folder, without `.` and `..`; empty when it cannot be read.
    static func entries(of folder: String) -> [String] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The type bits of `path` (not following a symbolic link), or nil when there is nothing.
    static func fileType(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    static func isFolder(_ path: String) -> Bool {
        fileType(path) == S_IFDIR
    }

    static func isRegularFile(_ path: String) -> Bool {
        fileType(path) == S_IFREG
    }

    /// True when `path` is a regular file holding exactly `bytes`.
    static func hasBytes(_ bytes: [UInt8], at path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        // Compared a chunk at a time as it is read, without holding the old file: an unchanged
        // rebuild reads every page of the site.
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: min(1 << 16, bytes.count + 1), alignment: 16)
        defer { chunk.deallocate() }
        return bytes.withUnsafeBytes { expected in
            guard let wanted = expected.baseAddress, let buffer = chunk.baseAddress else { return expected.isEmpty }
            var offset = 0
            while true {
                let count = read(descriptor, buffer, min(chunk.count, expected.count + 1 - offset))
                if count < 0, errno == EINTR { continue }
                if count < 0 { return false }
                if count == 0 { return offset == expected.count }
                guard offset + count <= expected.count,
                      memcmp(buffer, wanted + offset, count) == 0 else { return false }
                offset += count
            }
        }
    }

    /// The bytes of a regular file, up to `limit`; nil when it cannot be read.
    static func readBytes(at path: String, limit: Int = .max) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while result.count < limit {
            let count = chunk.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress, min(buffer.count, limit - result.count))
            }
            if count < 0, errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { break }
            result.append(contentsOf: chunk[0 ..< count])
        }
        return result
    }

    /// The permission bits of a folder, to give the new generation the same.
    static func permissions(of path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    /// When a file was last modified, for a copy that must look unchanged.
    static func modificationTime(of path: String) -> timespec? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        #if canImport(Glibc)
        return info.st_mtim
        #else
        return info.st_mtimespec
        #endif
    }
}
