/// Every assignment the meetings give and the report-backs on each, found in one pass over the
/// decisions; what does not add up (a duplicated id, a report on an unknown one) is kept for the
/// validator to report.
public struct AssignmentRegister: Sendable {
    /// In the order they were given: oldest meeting first.
    public let assignments: [TrackedAssignment]
    public let indexByID: [String: Int]
    /// A later assignment with an id already taken, and the first one that took it.
    public let duplicates: [(duplicate: Assignment, first: Assignment)]
    /// Report-backs that name no assignment of the site.
    public let unknownReports: [ReportBack]
    /// For each decision that gives or reports on an assignment (`<meeting slug>#<index>`), the
    /// assignment's place in `assignments`.
    public let indexByDecision: [String: Int]

    public init(_ content: SiteContent) {
        var assignments: [TrackedAssignment] = []
        var indexByID: [String: Int] = [:]
        var duplicates: [(Assignment, Assignment)] = []
        var indexByDecision: [String: Int] = [:]
        for meeting in content.meetings {
            for (index, decision) in meeting.decisions.enumerated() {
                guard let assignment = decision.assignment else { continue }
                if let first = indexByID[assignment.id.value] {
                    duplicates.append((assignment, assignments[first].assignment))
                    continue
                }
                indexByID[assignment.id.value] = assignments.count
                indexByDecision[Self.key(meeting, index)] = assignments.count
                assignments.append(TrackedAssignment(assignment: assignment,
                                                     given: .init(meeting: meeting, index: index), reports: []))
            }
        }
        var unknownReports: [ReportBack] = []
        // Meetings are oldest first, so the reports come out in date order.
        for meeting in content.meetings {
            for (index, decision) in meeting.decisions.enumerated() {
                guard let report = decision.report else { continue }
                guard let position = indexByID[report.assignment.value] else {
                    unknownReports.append(report)
                    continue
                }
                assignments[position].reports.append(.init(meeting: meeting, index: index))
                indexByDecision[Self.key(meeting, index)] = position
            }
        }
        self.assignments = assignments
        self.indexByID = indexByID
        self.duplicates = duplicates
        self.unknownReports = unknownReports
        self.indexByDecision = indexByDecision
    }

    public subscript(id: String) -> TrackedAssignment? {
        indexByID[id].map { assignments[$0] }
    }

    /// The assignment a decision gives or reports on.
    public func assignment(of meeting: Meeting, decision index: Int) -> TrackedAssignment? {
        indexByDecision[Self.key(meeting, index)].map { assignments[$0] }
    }

    static func key(_ meeting: Meeting, _ index: Int) -> String { "\(meeting.slug)#\(index)" }
}
