#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A place left to fill in: `[FYLL I: organisationens namn]`, as `samverkan init` writes them into
/// `site.yml` and the pages every public site needs. `check` and `build` warn at each one still there.
public enum FillInMarker {
    /// What every marker starts with.
    public static let opening = "[FYLL I:"

    /// `[FYLL I: what]`.
    public static func marker(_ what: String) -> String {
        "\(opening) \(what)]"
    }

    /// A warning at the line and column of every marker in a content file's text.
    public static func diagnostics(in text: String, path: String) -> [Diagnostic] {
        var text = text
        return text.withUTF8 { diagnostics(in: $0, path: path) }
    }

    /// As `diagnostics(in:path:)`, for UTF-8 bytes.
    public static func diagnostics(in bytes: UnsafeBufferPointer<UInt8>, path: String) -> [Diagnostic] {
        let pattern = Array(opening.utf8)
        var offsets: [Int] = []
        var index = 0
        // Every content file is searched: `memchr` finds the rare `[` many bytes at a time.
        while index + pattern.count <= bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + index, Int32(pattern[0]), bytes.count - index) {
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if index + pattern.count <= bytes.count, pattern.indices.allSatisfy({ bytes[index + $0] == pattern[$0] }) {
                offsets.append(index)
                index += pattern.count
            } else {
                index += 1
            }
        }
        guard !offsets.isEmpty else { return [] }
        let positions = TextPosition.positions(of: offsets, in: bytes)
        return zip(offsets, positions).map { offset, position in
            let end = bytes[offset...].firstIndex(of: UInt8(ascii: "]")) ?? offset + pattern.count
            let newline = bytes[offset..<min(end + 1, bytes.count)].firstIndex(of: UInt8(ascii: "\n"))
            let shown = String(decoding: bytes[offset..<min(newline ?? end + 1, bytes.count, offset + 120)], as: UTF8.self)
            return .warning(SourceLocation(path: path, line: position.line, column: position.column),
                            "här finns något kvar att fylla i: \(shown)",
                            hint: "skriv in uppgiften i stället för markeringen \(opening) …]")
        }
    }
}
