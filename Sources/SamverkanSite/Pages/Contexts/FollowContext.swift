/// `/folj/`: every feed and calendar, and how to subscribe.
public struct FollowContext: Sendable, Hashable {
    /// A body's feed and calendar.
    public struct BodyFollow: Sendable, Hashable {
        public var bodyName: String
        /// The full name when it differs from `bodyName` (the short name).
        public var bodyFullName: String?
        public var bodyHref: String
        public var bodyFeedHref: String
        public var bodyCalendarHref: String
        /// `webcal://…`: only when `base_url` is set.
        public var bodyWebcalHref: String?
    }

    /// A topic's feed.
    public struct TopicFollow: Sendable, Hashable {
        public var topicTitle: String
        public var topicHref: String
        public var topicFeedHref: String
    }

    public var layout: LayoutContext
    /// The site's feed and calendar, and the assignment register's feed (absolute when `base_url` is set).
    public var siteFeedHref: String
    public var siteCalendarHref: String
    /// `webcal://…` for the site's calendar: only when `base_url` is set.
    public var siteWebcalHref: String?
    public var assignmentsFeedHref: String
    /// The feed of corrections of published minutes.
    public var correctionsFeedHref: String
    public var assignmentsHref: String
    /// Whether the calendars have `webcal:` links (`base_url` is set): otherwise readers copy the address.
    public var hasWebcal: Bool
    public var bodies: [BodyFollow]
    public var topics: [TopicFollow]
    public var upcomingHref: String
    /// `/personer/`: each elected member's page has a feed of their meetings; missing with
    /// `person_pages: false` or when no one has a page.
    public var peopleHref: String?
}
