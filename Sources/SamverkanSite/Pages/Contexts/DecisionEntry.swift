import SamverkanModel

/// A decision in a list, with links relative to the page that lists it.
public struct DecisionEntry: Sendable, Hashable {
    public var text: String
    public var kindLabel: String
    public var dateText: String
    public var isoDate: String
    public var bodyName: String
    public var bodyHref: String
    public var meetingTitle: String
    public var meetingHref: String
    public var itemLabel: String
    public var itemHref: String
    public var anchor: String
    /// The assignment this decision gives: its status and report-backs.
    public var assignment: AssignmentBadge?
    /// The assignment this decision reports back on.
    public var answers: AnswerLink?
    /// The meeting whose minutes this decision approves (`approves:`), when it is in the site.
    public var approvesTitle: String?
    public var approvesHref: String?
}
