/// A subject that meetings, decisions and milestones share (ämne).
public struct Topic: Sendable, Hashable, Encodable {
    public var id: String
    public var title: String
    /// The matter's registry number, when it has one (`RS 2024-01234`).
    public var diarienummer: String?
    public var description: MarkdownSource

    public var url: String { SiteURL.topic(id) }

    /// The path under the content folder: `topics/avtal.md`.
    public var relativePath: String { "topics/\(id).md" }

    package init(id: String, title: String, diarienummer: String? = nil, description: MarkdownSource) {
        self.id = id
        self.title = title
        self.diarienummer = diarienummer
        self.description = description
    }
}
