/// A ställningstagande: what a body decided, noted or stood behind.
///
/// A class with constant fields, like `Meeting`: the registers and feeds hold each decision in
/// several lists, and a struct of eight fields was copied field by field into each. Two decisions
/// are equal when every field is.
public final class Decision: Sendable, Hashable, Encodable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Encodable {
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
    public let item: Located<String>?
    public let kind: Kind
    public let text: String
    public let topics: [Located<String>]
    /// The assignment this decision gives (only on `ger uppdrag`).
    public let assignment: Assignment?
    /// The assignment this decision reports back on.
    public let report: ReportBack?
    /// The meeting (its file name without `.md`) whose minutes this decision approves.
    public let approves: Located<String>?
    public let location: SourceLocation

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

    public static func == (lhs: Decision, rhs: Decision) -> Bool {
        lhs === rhs || (
            lhs.item == rhs.item &&
            lhs.kind == rhs.kind &&
            lhs.text == rhs.text &&
            lhs.topics == rhs.topics &&
            lhs.assignment == rhs.assignment &&
            lhs.report == rhs.report &&
            lhs.approves == rhs.approves &&
            lhs.location == rhs.location)
    }

    /// Where it is written and what it says: equal decisions have the same.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(text)
    }
}
