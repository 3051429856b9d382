import SamverkanModel

/// A link or image in a Markdown text, as written.
public struct MarkdownLink: Sendable, Hashable {
    public var destination: String
    public var isImage: Bool
    /// The link text, or an image's alt text.
    public var text: String
    /// Line and column within the text, from 1.
    public var line: Int
    public var column: Int
    /// Where the link leads, read once here: the link check, the backlinks and the rewriting of the
    /// link all use it.
    public let target: LinkTarget

    public init(destination: String, isImage: Bool, text: String, line: Int, column: Int) {
        self.destination = destination
        self.isImage = isImage
        self.text = text
        self.line = line
        self.column = column
        target = LinkTarget(destination)
    }
}
