/// One assignment with where it was given and every report back on it, oldest first.
public struct TrackedAssignment: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        /// Open after its due date.
        case overdue = "forsenat"
        case open = "pagaende"
        case completed = "avslutat"

        public var label: String {
            switch self {
            case .overdue: return "Försenat"
            case .open: return "Pågående"
            case .completed: return "Avslutat"
            }
        }
    }

    /// A decision, by its meeting and its place among the meeting's decisions.
    public struct DecisionReference: Sendable {
        public var meeting: Meeting
        public var index: Int
        public var decision: Decision { meeting.decisions[index] }

        public init(meeting: Meeting, index: Int) {
            self.meeting = meeting
            self.index = index
        }
    }

    public var assignment: Assignment
    public var given: DecisionReference
    /// Report-backs in date order.
    public var reports: [DecisionReference]

    /// The first report-back that completes it.
    public var completion: DecisionReference? {
        reports.first { $0.decision.report?.completes ?? false }
    }

    public func status(today: CalendarDate) -> Status {
        if completion != nil { return .completed }
        if let due = assignment.due?.value, due.lastDay < today { return .overdue }
        return .open
    }
}
