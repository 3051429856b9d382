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
}
