import SamverkanModel

/// Reads what `git log --format=%x01%ct --name-only -z` writes: for each commit a NUL-ended header,
/// `\u{1}` and the committer date in Unix seconds, then the paths it touched, each ended by NUL (the
/// first one after a line feed). An empty commit has a header and no paths.
///
/// One pass over the bytes, so it stays linear at any size; the paths are only counted, never opened.
package enum GitLogParser {
    package static func history(_ log: [UInt8]) -> SourceHistory {
        var history = SourceHistory()
        var time: Int?
        var firstAfterHeader = false
        var start = 0
        log.withUnsafeBufferPointer { bytes in
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0 { end += 1 }
                defer { start = end + 1 }
                guard end > start else { continue }
                if bytes[start] == 0x01 {
                    time = commitTime(bytes[(start + 1)..<end])
                    firstAfterHeader = true
                    continue
                }
                var from = start
                if firstAfterHeader && bytes[from] == UInt8(ascii: "\n") { from += 1 }
                firstAfterHeader = false
                guard let time, from < end else { continue }
                history.record(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<end]), as: UTF8.self), at: time)
            }
        }
        return history
    }

    /// `1727953200`: digits, perhaps after a minus sign, and nothing else; nil otherwise.
    static func commitTime(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var value = 0
        var negative = false
        var sawDigit = false
        for (offset, byte) in digits.enumerated() {
            if offset == 0 && byte == UInt8(ascii: "-") {
                negative = true
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflowTimes && !overflowSum else { return nil }
            value = sum
            sawDigit = true
        }
        guard sawDigit else { return nil }
        return negative ? -value : value
    }
}
