import SamverkanModel

/// A heading of a Markdown text and the anchor it gets.
public struct MarkdownHeading: Sendable, Hashable {
    public var level: Int
    public var text: String
    /// Line within the text, from 1.
    public var line: Int
    public var anchor: String = ""
    /// `8` or `3a` when the heading is an agenda item or sub-item.
    public var itemNumber: String?
    /// The heading text without its number: "Representanter SRO".
    public var itemTitle: String?
}
