/// The Markdown text of a content file, with where it starts, so messages about it point at the right line.
public struct MarkdownSource: Sendable, Hashable {
    public var text: String
    public var path: String
    /// The file line of the text's first line.
    public var firstLine: Int

    public init(text: String, path: String, firstLine: Int) {
        self.text = text
        self.path = path
        self.firstLine = firstLine
    }
}
