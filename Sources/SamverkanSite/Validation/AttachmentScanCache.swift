import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What earlier runs found in attachments that take a program to read, so that a `check` with
/// nothing changed runs no program. One file of lines `<SHA-256 of the bytes> <format> <findings>`
/// under a header that names this version (a new header drops every line, for when what is looked
/// for changes). It holds hashes, counts and page numbers, never text or a number, and is never
/// read into the site. It is only a cache: a file that cannot be read or written is ignored.
public struct AttachmentScanCache: Sendable {
    public var path: String
    /// Entries kept at most, the newest: this run's files are written last, so they always stay.
    public var maximumEntries: Int

    static let header = "samverkan bilagor 1"
    static let maximumBytes = 16 << 20

    public init(path: String, maximumEntries: Int = 100_000) {
        self.path = path
        self.maximumEntries = maximumEntries
    }

    /// The key of one file read as `format`: its SHA-256 and the format.
    static func key(_ hash: String, _ format: AttachmentFormat) -> String {
        hash + " " + format.rawValue
    }

    /// The entries in their order in the file, or none when there is no file or it is not this version's.
    func load() -> [(key: String, findings: AttachmentFindings)] {
        guard let bytes = Self.contents(of: path), let text = String(validating: bytes, as: UTF8.self) else { return [] }
        var lines = text.split(separator: "\n")
        guard lines.first == Substring(Self.header) else { return [] }
        lines.removeFirst()
        return lines.compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count == 3, fields[0].count == 64, fields[0].allSatisfy(\.isHexDigit),
                  AttachmentFormat(rawValue: String(fields[1])) != nil,
                  let findings = AttachmentFindings(encoded: fields[2]) else { return nil }
            return (fields[0] + " " + fields[1], findings)
        }
    }

    /// Writes the `earlier` entries not among `current` (this run's files), then `current`, keeping
    /// the last `maximumEntries`, through a new file renamed over the old one, so a run that stops or
    /// runs beside another never leaves half a file. The folder is made when missing.
    func store(_ current: [(key: String, findings: AttachmentFindings)], earlier: [(key: String, findings: AttachmentFindings)]) {
        var seen = Set<String>()
        var newestFirst: [(key: String, findings: AttachmentFindings)] = []
        for entry in (earlier + current).reversed() where seen.insert(entry.key).inserted {
            newestFirst.append(entry)
            if newestFirst.count == maximumEntries { break }
        }
        let lines = [Self.header] + newestFirst.reversed().map { $0.key + " " + $0.findings.encoded }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, mkdir(folder, 0o755) != 0, errno != EEXIST { return }
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return }
        let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(descriptor, base + written, bytes.count - written)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            written += count
        }
        close(descriptor)
        if written != bytes.count || rename(temporary, path) != 0 { unlink(temporary) }
    }

    /// The bytes of a regular file at `path` of at most `maximumBytes`, never through a link.
    private static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= maximumBytes else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            filled += count
        }
        return bytes
    }
}
