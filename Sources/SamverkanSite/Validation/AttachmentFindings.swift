import SamverkanModel

/// What was found in the text of an attachment read by a program: how many numbers of each kind
/// on each page (page 0 for a Word document, which has no pages in its text), or that it has no
/// text at all (a scanned PDF). Counts and pages only, never text or numbers: this is what the
/// cache keeps.
public struct AttachmentFindings: Sendable, Hashable {
    public struct Count: Sendable, Hashable {
        /// From 1; 0 when the text has no pages.
        public var page: Int
        public var kind: PersonalIdentityNumber.Kind
        public var count: Int
    }

    public var counts: [Count]
    /// A PDF whose text is only white space (a scanned page): nothing could be looked for.
    public var hasNoText: Bool

    public init(counts: [Count] = [], hasNoText: Bool = false) {
        self.counts = counts
        self.hasNoText = hasNoText
    }

    /// The findings in `text` (UTF-8, pages ending with a form feed when `paged`), in one pass.
    public init(text: [UInt8], paged: Bool) {
        self.init()
        hasNoText = paged && !text.contains { !(($0 == 0x20) || (0x09...0x0D).contains($0)) }
        let numbers = PersonalIdentityNumber.find(in: text)
        guard !numbers.isEmpty else { return }
        var page = 1
        var index = 0
        for number in numbers {
            while index < number.range.lowerBound {
                if text[index] == 0x0C { page += 1 }
                index += 1
            }
            let place = paged ? page : 0
            if let last = counts.indices.last, counts[last].page == place, counts[last].kind == number.kind {
                counts[last].count += 1
            } else if let same = counts.firstIndex(where: { $0.page == place && $0.kind == number.kind }) {
                counts[same].count += 1
            } else {
                counts.append(Count(page: place, kind: number.kind, count: 1))
            }
        }
    }

    /// One line of the cache: `-` for nothing found, `0` for no text, else `page:p|s:count`, comma-separated.
    var encoded: String {
        if hasNoText { return "0" }
        guard !counts.isEmpty else { return "-" }
        return counts.map { "\($0.page):\($0.kind == .personal ? "p" : "s"):\($0.count)" }.joined(separator: ",")
    }

    /// The findings a cache line holds, or nil when it is not one this version wrote.
    init?(encoded: Substring) {
        self.init()
        if encoded == "0" {
            hasNoText = true
            return
        }
        guard encoded != "-" else { return }
        for part in encoded.split(separator: ",", omittingEmptySubsequences: false) {
            let fields = part.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count == 3, let page = Int(fields[0]), page >= 0, let count = Int(fields[2]), count > 0 else { return nil }
            switch fields[1] {
            case "p": counts.append(Count(page: page, kind: .personal, count: count))
            case "s": counts.append(Count(page: page, kind: .coordination, count: count))
            default: return nil
            }
        }
    }
}
