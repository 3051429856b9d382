import Foundation
import SamverkanModel

extension SourceWatcher {
    /// One entry's lstat, enough to notice an edit, a replacement or a link pointed elsewhere.
    struct Stamp: Hashable, Sendable {
        /// `st_mode & S_IFMT`: a file swapped for a link or a FIFO is a change even at the same size and time.
        var kind: UInt32
        var inode: UInt64
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        /// What a symbolic link points to, as written in it; nil for anything else.
        var linkTarget: String?
    }

    struct Entry: Hashable, Sendable {
        var path: String
        var stamp: Stamp
    }

    /// Why a poll stopped before the end, with the bound it passed (not what it measured, so that
    /// the same cause gives the same warning poll after poll).
    enum Truncation: Hashable, Sendable {
        case tooManyEntries(folder: String, limit: Int)
        case tooSlow(folder: String, limit: Duration)
    }

    /// What one poll saw, in the watcher's fixed order.
    struct Snapshot: Equatable, Sendable {
        var entries: [Entry] = []
        /// Set when the poll stopped at a limit: `entries` is then the start of the whole.
        var truncation: Truncation?

        /// Whether the sources changed between `earlier` and this snapshot, as far as both saw.
        /// A truncated snapshot is compared on what it saw: two polls that stopped at different
        /// places (the time bound) are not a change as long as one is the start of the other.
        func differs(from earlier: Snapshot) -> Bool {
            let common = min(entries.count, earlier.entries.count)
            guard entries[..<common] == earlier.entries[..<common] else { return true }
            if entries.count < earlier.entries.count { return truncation == nil }
            if entries.count > earlier.entries.count { return earlier.truncation == nil }
            return false
        }

        /// The one regular file whose stamp differs from `earlier`'s when that is the only change
        /// (no entry added, removed or renamed, neither poll stopped at a limit); else `nil`.
        func onlyChangedFile(since earlier: Snapshot) -> String? {
            guard truncation == nil, earlier.truncation == nil, entries.count == earlier.entries.count else { return nil }
            var changed: String?
            for (now, before) in zip(entries, earlier.entries) where now != before {
                guard changed == nil, now.path == before.path, now.stamp.kind == UInt32(S_IFREG) else { return nil }
                changed = now.path
            }
            return changed
        }

        /// The warning the preview shows while polls stop at a limit.
        var warning: Diagnostic? {
            switch truncation {
            case nil:
                return nil
            case let .tooManyEntries(folder, limit):
                return .warning(SourceLocation(path: folder),
                                "mappen har fler än \(Self.grouped(limit)) filer och mappar: förhandsvisningen bevakar bara de första, ändringar i resten märks inte",
                                hint: "ge serve en mapp med bara webbplatsens innehåll och mallar")
            case let .tooSlow(folder, limit):
                return .warning(SourceLocation(path: folder),
                                "att gå igenom mappen tar mer än \(Self.seconds(limit)): förhandsvisningen bevakar bara en del av den, ändringar i resten märks inte",
                                hint: "ge serve en mapp med bara webbplatsens innehåll och mallar, på en lokal disk")
            }
        }

        /// `200 000`: thousands grouped with a space, as Swedish writes them.
        static func grouped(_ number: Int) -> String {
            var digits = String(number.magnitude)
            var groups: [Substring] = []
            while digits.count > 3 {
                groups.insert(Substring(digits.suffix(3)), at: 0)
                digits.removeLast(3)
            }
            groups.insert(Substring(digits), at: 0)
            return (number < 0 ? "-" : "") + groups.joined(separator: " ")
        }

        /// `2 s`, `0,5 s`.
        static func seconds(_ duration: Duration) -> String {
            let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
            let whole = milliseconds / 1000, rest = milliseconds % 1000
            guard rest != 0 else { return "\(whole) s" }
            var fraction = String(rest + 1000).dropFirst()
            while fraction.hasSuffix("0") { fraction = fraction.dropLast() }
            return "\(whole),\(fraction) s"
        }
    }
}
