import SamverkanModel

/// A meeting in a list, with links relative to the page that lists it.
public struct MeetingEntry: Sendable, Hashable {
    public var title: String
    public var href: String
    public var dateText: String
    public var isoDate: String
    public var timeText: String?
    public var location: String?
    public var formatLabel: String?
    public var bodyName: String
    public var bodyHref: String
    public var statusLabel: String
    public var isPlanned: Bool
    public var isCancelled: Bool
    public var hasNoMinutes: Bool
    public var decisionCount: Int
    /// At least one decision: `{{#hasDecisions}}` shows the count only then.
    public var hasDecisions: Bool
    /// Published before approval (`preliminary: true`) and not yet approved.
    public var isPreliminary: Bool
}
