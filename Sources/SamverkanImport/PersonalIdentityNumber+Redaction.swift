import SamverkanModel

extension PersonalIdentityNumber {
    /// One kind of number taken out of one line of a text: how many.
    struct Removal: Sendable, Hashable {
        /// From 1.
        var line: Int
        var kind: Kind
        var count: Int
    }

    /// `text` with every number replaced by `[personnummer borttaget]` (`[samordningsnummer
    /// borttaget]`), and what was taken out of each line. The replacement holds no line break, so
    /// every other line number of the text stays right; it never starts a YAML value the writer
    /// left plain (those start with a letter) and reads as itself in Markdown.
    static func redacting(_ text: String) -> (text: String, removed: [Removal]) {
        let bytes = Array(text.utf8)
        let numbers = find(in: bytes)
        guard !numbers.isEmpty else { return (text, []) }
        let positions = bytes.withUnsafeBufferPointer { TextPosition.positions(of: numbers.map(\.range.lowerBound), in: $0) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16 * numbers.count)
        var removed: [Removal] = []
        var index = 0
        for (number, position) in zip(numbers, positions) {
            result += bytes[index..<number.range.lowerBound]
            result += replacement(for: number.kind).utf8
            index = number.range.upperBound
            if let last = removed.indices.last, removed[last].line == position.line, removed[last].kind == number.kind {
                removed[last].count += 1
            } else {
                removed.append(Removal(line: position.line, kind: number.kind, count: 1))
            }
        }
        result += bytes[index...]
        return (String(decoding: result, as: UTF8.self), removed)
    }

    /// The warning of the import at the line of the new file where numbers were replaced.
    static func removedWarning(_ removal: Removal, path: String) -> Diagnostic {
        let what = removal.count == 1 ? "ett \(removal.kind.name)" : "\(removal.count) \(removal.kind.name)"
        return .warning(SourceLocation(path: path, line: removal.line),
                        "\(what) ur dokumentet har ersatts med \(replacement(for: removal.kind))",
                        hint: "\(removal.kind.name) får inte publiceras; läs meningen och skriv om den om det behövs")
    }
}
