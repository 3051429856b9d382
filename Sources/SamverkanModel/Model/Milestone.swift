/// A dated step of a process: remiss, beslut, ikraftträdande …
public struct Milestone: Sendable, Hashable {
    public var date: PartialDate
    public var end: PartialDate?
    public var title: String
    public var topic: Located<String>?
    /// The meeting file name (`2024-10-03-sro`) that announced it.
    public var source: Located<String>?
    public var location: SourceLocation

    package init(date: PartialDate, end: PartialDate? = nil, title: String, topic: Located<String>? = nil,
                 source: Located<String>? = nil, location: SourceLocation) {
        self.date = date
        self.end = end
        self.title = title
        self.topic = topic
        self.source = source
        self.location = location
    }
}
