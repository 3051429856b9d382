/// Everything the content folder says, typed and in reading order.
public struct SiteContent: Sendable {
    public var settings: SiteSettings
    /// By `order`, then name.
    public var bodies: [Body]
    /// Oldest first; same day by file name.
    public var meetings: [Meeting]
    /// By title.
    public var topics: [Topic]
    /// Oldest first.
    public var milestones: [Milestone]
    /// By `order`, then title.
    public var pages: [FreePage]
    /// Attachment files, as paths under `files/` (`2024/presentation.pdf`).
    public var files: [String]
    /// Content files (`bodies/sro.md`) that exist but could not be decoded. Their errors are reported
    /// already, so references to them are not reported again as "unknown".
    public var undecodable: Set<String>

    public let bodiesByID: [String: Body]
    public let topicsByID: [String: Topic]
    /// Meetings by file name without `.md`.
    public let meetingsBySlug: [String: Meeting]

    public init(settings: SiteSettings, bodies: [Body], meetings: [Meeting], topics: [Topic],
                milestones: [Milestone], pages: [FreePage], files: [String], undecodable: Set<String> = []) {
        self.settings = settings
        self.bodies = bodies.sorted { ($0.order ?? Int.max, $0.name, $0.id) < ($1.order ?? Int.max, $1.name, $1.id) }
        self.meetings = meetings.sorted { ($0.date, $0.slug) < ($1.date, $1.slug) }
        self.topics = topics.sorted { ($0.title, $0.id) < ($1.title, $1.id) }
        self.milestones = milestones.sorted { ($0.date, $0.title) < ($1.date, $1.title) }
        self.pages = pages.sorted { ($0.order ?? Int.max, $0.title) < ($1.order ?? Int.max, $1.title) }
        self.files = files.sorted()
        self.undecodable = undecodable
        bodiesByID = Dictionary(bodies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        topicsByID = Dictionary(topics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        meetingsBySlug = Dictionary(meetings.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// True when `path` (under the content folder) exists but failed to decode.
    public func isUndecodable(_ path: String) -> Bool { undecodable.contains(path) }

    /// True when a meeting file named `slug` exists but failed to decode.
    public func isUndecodableMeeting(_ slug: String) -> Bool {
        undecodable.contains { $0.hasPrefix("meetings/") && $0.hasSuffix("/\(slug).md") }
    }
}
