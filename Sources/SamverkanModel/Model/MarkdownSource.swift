/// The Markdown text of a content file, with where it starts, so messages about it point at the right line.
public struct MarkdownSource: Sendable, Hashable, Encodable {
    public var text: String
    public var path: String
    /// The file line of the text's first line.
    public var firstLine: Int

    public init(text: String, path: String, firstLine: Int) {
        self.text = text
        self.path = path
        self.firstLine = firstLine
    }

    /// Compared and hashed by the bytes of its text (see `TextBytes`).
    public static func == (lhs: MarkdownSource, rhs: MarkdownSource) -> Bool {
        lhs.firstLine == rhs.firstLine && lhs.path == rhs.path && TextBytes.equal(lhs.text, rhs.text)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(firstLine)
        TextBytes.hash(text, into: &hasher)
    }
}
