/// One report back on an assignment, with links relative to the page that shows it.
public struct ReportEntry: Sendable, Hashable, Encodable {
    public var text: String
    public var kindLabel: String
    public var dateText: String
    public var isoDate: String
    public var bodyName: String
    public var meetingTitle: String
    /// The meeting's title with its date when the title does not say it: "Mötesanteckning SRO, 3 oktober 2024".
    public var meetingLabel: String
    /// The reporting decision on its meeting page.
    public var href: String
    /// Whether it completes the assignment ("Slutredovisning"); otherwise a partial report.
    public var isFinal: Bool
    /// "Slutredovisning" or "Delredovisning".
    public var label: String
}

/// An assignment in a list or on its page, with links relative to that page.
public struct AssignmentEntry: Sendable, Hashable {
    public var id: String
    /// The decision that gave it.
    public var text: String
    public var href: String
    /// "Försenat", "Pågående", "Avslutat", and `forsenat`, `pagaende`, `avslutat` for CSS.
    public var statusLabel: String
    public var statusClass: String
    public var isOverdue: Bool
    public var isCompleted: Bool
    /// To whom: a body's name (linked) or the text the minutes use.
    public var assigneeName: String?
    public var assigneeHref: String?
    /// "mars 2025", "31 oktober 2024".
    public var dueText: String?
    public var dueIso: String?
    public var givenBodyName: String
    public var givenBodyHref: String
    public var givenMeetingTitle: String
    /// The title with its date when the title does not say it.
    public var givenMeetingLabel: String
    /// The decision that gave it, on its meeting page.
    public var givenHref: String
    public var givenDateText: String
    public var givenIsoDate: String
    /// "punkt 2", "mötet som helhet".
    public var givenItemLabel: String
    public var reports: [ReportEntry]
    public var completedDateText: String?
}

/// `/uppdrag/`: every open assignment by status and the newest completed ones; `/uppdrag/<yyyy>/`:
/// the assignments completed in a year.
public struct AssignmentsContext: Sendable, Hashable {
    public var layout: LayoutContext
    /// "Uppdrag", or "Avslutade uppdrag 2024" on a year's page.
    public var heading: String
    public var isOverview: Bool
    public var overdue: [AssignmentEntry]
    public var open: [AssignmentEntry]
    public var completed: [AssignmentEntry]
    public var hasAssignments: Bool
    /// The day the statuses were computed: the build's today.
    public var todayText: String
    public var feedHref: String
    /// All completed assignments (overview) or those completed in the year (year page).
    public var completedCount: Int
    /// The years of completed assignments; the overview shows the newest ones.
    public var archive: ArchiveNavigation
}

/// `/uppdrag/<id>/`: one assignment's whole path.
public struct AssignmentContext: Sendable, Hashable {
    public struct TopicLink: Sendable, Hashable {
        public var topicTitle: String
        public var topicHref: String
    }

    public var layout: LayoutContext
    public var assignment: AssignmentEntry
    public var topics: [TopicLink]
    public var registerHref: String
    public var todayText: String
}

/// Beside a decision that gives an assignment: its status and where it was reported back.
public struct AssignmentBadge: Sendable, Hashable, Encodable {
    public var href: String
    public var statusLabel: String
    public var statusClass: String
    public var assigneeName: String?
    public var dueText: String?
    public var reports: [ReportEntry]
}

/// Beside a decision that reports back: the assignment it answers.
public struct AnswerLink: Sendable, Hashable, Encodable {
    public var href: String
    /// The decision that gave the assignment, shortened.
    public var assignmentText: String
    public var givenMeetingTitle: String
    public var givenHref: String
    public var isFinal: Bool
    /// "Slutredovisning av uppdraget" or "Delredovisning av uppdraget".
    public var label: String
    public var statusLabel: String
    public var statusClass: String
}
