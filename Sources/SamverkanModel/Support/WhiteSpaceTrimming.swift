extension StringProtocol {
    /// The text without leading and trailing white space (Unicode White_Space: spaces, tabs, line
    /// breaks, no-break and other spaces), like Foundation's `trimmingCharacters(in:
    /// .whitespacesAndNewlines)` but without going through `NSString`, which on Linux made trimming
    /// the front matter's values a tenth of `check`.
    package func trimmingWhiteSpace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
              let last = scalars.lastIndex(where: { !$0.isWhiteSpace }) else { return "" }
        return String(self[first ..< scalars.index(after: last)])
    }
}

extension Unicode.Scalar {
    /// Unicode White_Space, answered without the property tables for ASCII (nearly every
    /// character a front matter value starts or ends with).
    var isWhiteSpace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}
