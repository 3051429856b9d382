/// An uppdrag: what a decision of kind `ger uppdrag` asks someone to do, followed by the site until
/// a later decision reports it back as done.
public struct Assignment: Sendable, Hashable, Encodable {
    /// Stable and unique in the site: `/uppdrag/<id>/`.
    public var id: Located<String>
    /// Who it is given to: a body id (linked to the body) or free text ("förbundsdirektörerna").
    public var assignee: Located<String>?
    /// When it is to be reported back, to the day, the month or the year.
    public var due: Located<PartialDate>?

    package init(id: Located<String>, assignee: Located<String>? = nil, due: Located<PartialDate>? = nil) {
        self.id = id
        self.assignee = assignee
        self.due = due
    }

    public var url: String { SiteURL.assignment(id.value) }
}
