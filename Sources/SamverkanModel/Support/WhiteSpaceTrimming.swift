extension StringProtocol {
    /// The text without leading and trailing white space (Unicode White_Space: spaces, tabs, line
    /// breaks, no-break and other spaces), like Foundation's `trimmingCharacters(in:
    /// .whitespacesAndNewlines)` but without going through `NSString`, which on Linux made trimming
    /// the front matter's values a tenth of `check`.
    package func trimmingWhiteSpace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(self[first ..< scalars.index(after: last)])
    }
}
