/// What a meeting's `items:` says about one agenda item beyond its heading: the matters (topics) it
/// belongs to, so a topic can be followed item by item across bodies.
public struct AgendaItemNote: Sendable, Hashable, Encodable {
    /// The item or sub-item, as a decision names it: `5`, `3a`.
    public var item: Located<String>
    public var topics: [Located<String>]

    package init(item: Located<String>, topics: [Located<String>]) {
        self.item = item
        self.topics = topics
    }
}
