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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return .failure(.error(
                SourceLocation(path: file.displayPath, line: 1, column: 1),
                "front matter saknas: filen ska börja med en rad med bara ---",
                hint: "skriv fälten mellan två rader med --- överst i filen"))
        }
        guard let closing = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingTrailingSpaces()
            return line == "---" || line == "..."
        }) else {
            return .failure(.error(
                SourceLocation(path: file.displayPath, line: 1, column: 1),
                "front matter avslutas aldrig: raden med --- efter fälten saknas",
                hint: "lägg till en rad med bara --- efter sista fältet"))
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(FrontMatterDocument(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing + 2))
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
