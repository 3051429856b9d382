/// A document that belongs to a meeting (bilaga). Without `href` it is listed by title only.
public struct Attachment: Sendable, Hashable, Encodable {
    public var title: String
    public var href: Located<String>?

    package init(title: String, href: Located<String>? = nil) {
        self.title = title
        self.href = href
    }
}
