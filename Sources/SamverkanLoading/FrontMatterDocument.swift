import SamverkanModel

/// A Markdown file split into its front matter and its text.
public struct FrontMatterDocument: Sendable {
    public var yaml: String
    /// The file line of the YAML's first line (2: right after `---`).
    public var yamlFirstLine: Int
    public var body: String
    /// The file line of the body's first line.
    public var bodyFirstLine: Int

    /// Splits `---\nYAML\n---\nbody`. Reports a missing or unclosed block at the line it concerns.
    public static func split(_ file: SourceFile) -> Result<FrontMatterDocument, Diagnostic> {
        var text = Substring(file.text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        // Lines are found in the UTF-8 bytes and only the front matter is cut into lines: the
        // body is taken as one slice, however long it is. Line endings are `\n` by now
        // (`SourceText`); a `\r` is still dropped here for text that did not come through it.
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex || lineNumber == 0 {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            lineNumber += 1
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : utf8.endIndex
            if lineNumber == 1 {
                guard Self.fence(utf8[lineStart..<lineEnd]) == UInt8(ascii: "-") else {
                    return .failure(.error(
                        SourceLocation(path: file.displayPath, line: 1, column: 1),
                        "front matter saknas: filen ska börja med en rad med bara ---",
                        hint: "skriv fälten mellan två rader med --- överst i filen"))
                }
                yamlStart = next
            } else if let start = yamlStart, Self.fence(utf8[lineStart..<lineEnd]) != nil {
                // The YAML ends before the newline that precedes the closing line.
                var end = max(start, lineStart)
                if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\n") { end = utf8.index(before: end) }
                let slice = text[start..<end]
                let trimmedYAML = slice.utf8.contains(UInt8(ascii: "\r"))
                    ? slice.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }.joined(separator: "\n")
                    : String(slice)
                let body = String(text[next...])
                return .success(FrontMatterDocument(yaml: trimmedYAML, yamlFirstLine: 2, body: body,
                                                    bodyFirstLine: lineNumber + 1))
            }
            if lineEnd == utf8.endIndex { break }
            lineStart = next
        }
        return .failure(.error(
            SourceLocation(path: file.displayPath, line: 1, column: 1),
            "front matter avslutas aldrig: raden med --- efter fälten saknas",
            hint: "lägg till en rad med bara --- efter sista fältet"))
    }
}

extension FrontMatterDocument {
    /// `-` for a line `---`, `.` for `...` (with spaces, tabs or `\r` after them), nil for any other
    /// line: read in the bytes, since every line of the front matter is looked at.
    static func fence(_ line: Substring.UTF8View) -> UInt8? {
        var end = line.endIndex
        while end > line.startIndex {
            let before = line.index(before: end)
            let byte = line[before]
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") else { break }
            end = before
        }
        let content = line[line.startIndex..<end]
        guard content.count == 3, let first = content.first,
              first == UInt8(ascii: "-") || first == UInt8(ascii: "."), content.allSatisfy({ $0 == first }) else { return nil }
        return first
    }
}
