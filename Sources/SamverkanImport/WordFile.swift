import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Word document, opened once by the import itself: read-only, never through a symbolic link
/// (`O_NOFOLLOW`), never a FIFO or device (`O_NONBLOCK`, then `fstat`), and closed when the import
/// is done with it. pandoc gets this open file as its standard input, never the path, so no name
/// (`http://…`, `-x`) can make pandoc read anything else.
final class WordFile {
    let descriptor: Int32
    /// Bytes, as `fstat` gave them when the file was opened.
    let size: Int

    private init(descriptor: Int32, size: Int) {
        self.descriptor = descriptor
        self.size = size
    }

    deinit { close(descriptor) }

    /// Opens `path` (relative to the current folder) when it is a regular file of at most
    /// `maximumBytes`.
    static func open(_ path: String, maximumBytes: Int) throws(ImportFailure) -> WordFile {
        let descriptor = Foundation.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP { throw .unreadable("filen är en symbolisk länk") }
            if code == ENOENT || code == ENOTDIR || code == ENXIO { throw .unreadable("filen finns inte eller är ingen vanlig fil") }
            throw .unreadable(String(cString: strerror(code)))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw .unreadable("filen finns inte eller är ingen vanlig fil")
        }
        // Blocking again: pandoc reads it as its standard input, which shares this flag.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        let file = WordFile(descriptor: descriptor, size: Int(info.st_size))
        if file.size > maximumBytes { throw .tooLarge(bytes: file.size) }
        return file
    }

    /// `count` bytes from `offset`, or nil when the file does not have them.
    func bytes(at offset: Int, count: Int) -> [UInt8]? {
        guard offset >= 0, count >= 0, offset <= size, count <= size - offset else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let read = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return pread(descriptor, base + filled, count - filled, off_t(offset + filled))
            }
            if read < 0, errno == EINTR { continue }
            guard read > 0 else { return nil }
            filled += read
        }
        return bytes
    }

    /// Back to the first byte, for a program that reads the file as its standard input.
    func rewind() -> Bool {
        lseek(descriptor, 0, SEEK_SET) == 0
    }
}
