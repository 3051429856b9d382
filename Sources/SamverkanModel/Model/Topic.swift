/// A subject that meetings, decisions and milestones share (ämne).
public struct Topic: Sendable, Hashable {
    public var id: String
    public var title: String
    public var description: MarkdownSource

    public var url: String { SiteURL.topic(id) }

    package init(id: String, title: String, description: MarkdownSource) {
        self.id = id
        self.title = title
        self.description = description
    }
}
