import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// The real file system. Never follows a symbolic link below the folder it is asked to list, and
/// never reads anything but a regular file: a link to `/etc/shadow` in `content/files/` is reported,
/// not published.
public struct DiskFileSystem: FileSystem {
    public init() {}

    public func files(under directory: String) throws -> FileListing {
        guard isDirectory(directory) else { throw FileSystemError.notFound(directory) }
        var listing = FileListing()
        var folders = [""]
        while let folder = folders.popLast() {
            let full = folder.isEmpty ? directory : directory + "/" + folder
            guard let stream = opendir(full) else {
                listing.refused.append(RefusedEntry(path: folder.isEmpty ? "." : folder, reason: .unreadableFolder))
                continue
            }
            defer { closedir(stream) }
            while true {
                errno = 0
                guard let entry = readdir(stream) else {
                    if errno != 0 { listing.refused.append(RefusedEntry(path: folder.isEmpty ? "." : folder, reason: .unreadableFolder)) }
                    break
                }
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
                }
                if name.hasPrefix(".") { continue }  // ., .., .git, .DS_Store and other hidden entries
                let path = folder.isEmpty ? name : folder + "/" + name
                var info = stat()
                guard lstat(directory + "/" + path, &info) == 0 else {
                    listing.refused.append(RefusedEntry(path: path, reason: .unreadableFolder))
                    continue
                }
                switch info.st_mode & S_IFMT {
                case S_IFREG: listing.files.append(path)
                case S_IFDIR: folders.append(path)
                case S_IFLNK: listing.refused.append(RefusedEntry(path: path, reason: .symbolicLink))
                default: listing.refused.append(RefusedEntry(path: path, reason: .specialFile))
                }
            }
        }
        listing.files.sort()
        listing.refused.sort { $0.path < $1.path }
        return listing
    }

    public func readFile(at path: String) throws -> [UInt8] {
        // O_NOFOLLOW: a file swapped for a link after it was listed is still not followed;
        // O_NONBLOCK: a FIFO put in its place cannot hang the build.
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw FileSystemError.notFound(path) }
            if code == ELOOP { throw FileSystemError.unreadable(path, reason: "filen är en symbolisk länk") }
            throw FileSystemError.unreadable(path, reason: String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw FileSystemError.unreadable(path, reason: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw FileSystemError.notFound(path) }
            throw FileSystemError.unreadable(path, reason: "inte en vanlig fil")
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 64 * 1024)) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileSystemError.unreadable(path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    public func isDirectory(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager().fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    public func absolutePath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager().currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
