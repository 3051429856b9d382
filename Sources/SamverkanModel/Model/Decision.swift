/// A ställningstagande: what a body decided, noted or stood behind.
public struct Decision: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case notes = "noterar"
        case approves = "godkänner"
        case endorses = "ställer sig bakom"
        case decides = "beslutar"
        case commissions = "ger uppdrag"
        case states = "konstaterar"

        /// "Noterar"
        public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    /// The agenda item it belongs to: `8`, `3d`; nil for one outside the numbered agenda.
    public var item: Located<String>?
    public var kind: Kind
    public var text: String
    public var topics: [Located<String>]
    /// The assignment this decision gives (only on `ger uppdrag`).
    public var assignment: Assignment?
    /// The assignment this decision reports back on.
    public var report: ReportBack?
    /// The meeting (its file name without `.md`) whose minutes this decision approves.
    public var approves: Located<String>?
    public var location: SourceLocation

    package init(item: Located<String>? = nil, kind: Kind, text: String, topics: [Located<String>],
                 assignment: Assignment? = nil, report: ReportBack? = nil, approves: Located<String>? = nil,
                 location: SourceLocation) {
        self.item = item
        self.kind = kind
        self.text = text
        self.topics = topics
        self.assignment = assignment
        self.report = report
        self.approves = approves
        self.location = location
    }
}
