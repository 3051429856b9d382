/// A page of its own: "Om webbplatsen", "Tillgänglighetsredogörelse".
public struct FreePage: Sendable, Hashable, Encodable {
    public var slug: String
    public var title: String
    public var description: String?
    public var order: Int?
    public var text: MarkdownSource

    public var url: String { SiteURL.page(slug) }

    /// The path under the content folder: `pages/om.md`.
    public var relativePath: String { "pages/\(slug).md" }

    package init(slug: String, title: String, description: String? = nil, order: Int? = nil,
                 text: MarkdownSource) {
        self.slug = slug
        self.title = title
        self.description = description
        self.order = order
        self.text = text
    }
}
