import SamverkanMarkdown
import SamverkanModel

// The data each page template receives; docs/templates.md describes every field for template editors.

public struct StartPageContext: Sendable, Hashable {
    public var layout: LayoutContext
    public var latestMinutes: [MeetingEntry]
    public var latestDecisions: [DecisionEntry]
    public var upcoming: [MeetingEntry]
    public var bodies: [BodySummary]
    public var timelineHref: String
    public var decisionsHref: String
    public var topicsHref: String
    public var upcomingHref: String
    public var bodiesHref: String
}

public struct TimelineContext: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var kindLabel: String
        public var kindClass: String
        public var title: String
        public var href: String?
        public var dateText: String
        public var isoDate: String
        public var bodyName: String?
        public var detail: String?
    }

    public struct Year: Sendable, Hashable {
        public var year: Int
        public var anchor: String
        public var entries: [Entry]
    }

    public var layout: LayoutContext
    /// "Tidslinje", or "Tidslinje 2024" on a year's page.
    public var heading: String
    public var isOverview: Bool
    public var years: [Year]
    public var archive: ArchiveNavigation
}

public struct BodySummary: Sendable, Hashable {
    public var name: String
    public var short: String?
    public var kindLabel: String
    public var href: String
    public var heldCount: Int
    public var plannedCount: Int
    public var latestDateText: String?
    public var summaryHTML: String
}

public struct BodiesContext: Sendable, Hashable {
    public var layout: LayoutContext
    public var bodies: [BodySummary]
    /// `/personer/`, the elected members by body; missing with `person_pages: false`.
    public var peopleHref: String?
}

public struct MemberGroup: Sendable, Hashable {
    public struct Member: Sendable, Hashable {
        public var name: String
        public var detail: String?
        /// The person's page: only for participants with a party, with `person_pages` on.
        public var personHref: String?
    }

    public var groupName: String
    public var members: [Member]
}

public struct BodyContext: Sendable, Hashable {
    public var layout: LayoutContext
    /// The body's own Atom feed and calendar, and `/folj/`.
    public var feedHref: String
    public var calendarHref: String
    public var followHref: String
    public var name: String
    public var short: String?
    public var kindLabel: String
    public var parties: [String]
    /// The parties in one line: "Regionen, Kommunförbundet".
    public var partiesText: String
    public var descriptionHTML: String
    public var memberGroups: [MemberGroup]
    public var membersSourceTitle: String?
    public var membersSourceHref: String?
    public var membersSourceDateText: String?
    /// `/personer/#personer-<id>`: the body's elected members over time; missing with `person_pages: false`
    /// or when no participant list of the body names anyone with a party.
    public var bodyPeopleHref: String?
    public var heldMeetings: [MeetingEntry]
    public var plannedMeetings: [MeetingEntry]
    public var pastPlannedMeetings: [MeetingEntry]
    /// Held meetings and decisions of the newest years; the rest are on the year pages.
    public var decisions: [DecisionEntry]
    public var archive: ArchiveNavigation
}

/// `/organ/<id>/<yyyy>/`: one year of a body's held meetings and decisions.
public struct BodyYearContext: Sendable, Hashable {
    public var layout: LayoutContext
    /// "SRO 2024".
    public var heading: String
    public var bodyName: String
    public var bodyHref: String
    public var heldMeetings: [MeetingEntry]
    public var decisions: [DecisionEntry]
    public var archive: ArchiveNavigation
}

public struct MeetingContext: Sendable, Hashable {
    public struct TopicLink: Sendable, Hashable {
        public var topicTitle: String
        public var topicHref: String
    }

    public struct Group: Sendable, Hashable {
        public struct Member: Sendable, Hashable {
            public var name: String
            public var party: String?
            public var org: String?
            public var role: String?
            public var isAbsent: Bool
            public var replacedBy: String?
            /// The person's page: only for participants with a party, with `person_pages` on.
            public var personHref: String?
        }

        public var groupName: String
        public var members: [Member]
    }

    public struct AgendaItem: Sendable, Hashable {
        public var number: String
        public var itemTitle: String
        public var anchorHref: String
        public var subItems: [AgendaItem]
    }

    public struct Section: Sendable, Hashable {
        public var html: String
        public var sectionDecisions: [DecisionEntry]
        /// Pages that link to this agenda item (or one of its sub-items).
        public var sectionBacklinks: [Backlink]
    }

    /// A page that links to this meeting: "Hänvisningar hit".
    public struct Backlink: Sendable, Hashable {
        public var sourceTitle: String
        public var sourceHref: String
        /// The linking meeting's date, when its title does not end with it. Named `source…` so that
        /// a missing value never picks up the meeting's own `dateText` from the enclosing context.
        public var sourceDateText: String?
        public var sourceIsoDate: String?
        /// "punkt 3a", when the link goes to an agenda item.
        public var sourceItemLabel: String?
    }

    public struct AttachmentLink: Sendable, Hashable {
        public var attachmentTitle: String
        public var attachmentHref: String?
    }

    /// The document the minutes were transcribed from (`original:`): "Originalhandling".
    public struct OriginalDocument: Sendable, Hashable {
        public var originalHref: String
        /// The file's name, as the link's text: `2019-08-29-sro.pdf`.
        public var originalName: String
        /// "Word", "PDF" …: what kind of file it is, for the link.
        public var originalFormat: String?
        /// The text was read from a scan (`method: ocr`): the page says the original prevails.
        public var originalIsScan: Bool
    }

    public var layout: LayoutContext
    public var title: String
    public var bodyName: String
    public var bodyHref: String
    public var dateText: String
    public var isoDate: String
    public var timeText: String?
    public var location: String?
    public var formatLabel: String?
    public var statusLabel: String
    public var isPlanned: Bool
    public var isCancelled: Bool
    public var hasNoMinutes: Bool
    public var topics: [TopicLink]
    public var participantGroups: [Group]
    public var hasParticipants: Bool
    public var presentCount: Int
    public var absentCount: Int
    public var agenda: [AgendaItem]
    public var sections: [Section]
    public var meetingDecisions: [DecisionEntry]
    public var allDecisions: [DecisionEntry]
    public var hasDecisions: Bool
    public var attachments: [AttachmentLink]
    public var original: OriginalDocument?
    public var secretary: String?
    /// Where and when these minutes were approved (justerade), when a decision of the site says so.
    public var approval: MinutesApproval?
    /// `preliminary: true` and no decision approves them yet.
    public var isPreliminary: Bool
    /// "Rättelser": later corrections of the minutes, in the order written.
    public var corrections: [CorrectionNote]
    public var backlinks: [Backlink]
    public var previous: MeetingEntry?
    public var next: MeetingEntry?
}

public struct DecisionsContext: Sendable, Hashable {
    public struct Year: Sendable, Hashable {
        public var year: Int
        public var anchor: String
        public var decisions: [DecisionEntry]
    }

    public var layout: LayoutContext
    /// "Ställningstaganden", or "Ställningstaganden 2024" on a year's page.
    public var heading: String
    public var isOverview: Bool
    public var years: [Year]
    /// All decisions in the register (overview) or in the year (year page).
    public var count: Int
    public var archive: ArchiveNavigation
}

/// A correction of a meeting's minutes, as its page shows it.
public struct CorrectionNote: Sendable, Hashable {
    public var correctionDateText: String
    public var correctionIsoDate: String
    public var correctionText: String
}

/// The decision that approved a meeting's minutes, with links relative to the approved meeting's page.
public struct MinutesApproval: Sendable, Hashable, Encodable {
    /// The approving meeting's title with its date when the title does not say it.
    public var approvedInLabel: String
    /// The approving decision on its meeting page.
    public var approvedInHref: String
    public var approvedDateText: String
    public var approvedIsoDate: String
    public var approvedBodyName: String
}

public struct TopicSummary: Sendable, Hashable {
    public var topicTitle: String
    public var topicHref: String
    public var meetingCount: Int
    public var decisionCount: Int
    public var milestoneCount: Int
}

public struct TopicsContext: Sendable, Hashable {
    public var layout: LayoutContext
    public var topics: [TopicSummary]
}

public struct TopicContext: Sendable, Hashable {
    public struct MilestoneEntry: Sendable, Hashable {
        public var title: String
        public var dateText: String
        public var isoDate: String
        public var sourceTitle: String?
        public var sourceHref: String?
    }

    public var layout: LayoutContext
    public var topicTitle: String
    /// The matter's registry number, when the topic has one.
    public var diarienummer: String?
    public var descriptionHTML: String
    /// The matter's path across all bodies, oldest first: agenda items, decisions, assignments,
    /// report-backs and milestones (the newest `PageCatalog.pathLimit` of them).
    public var path: [MatterStep]
    /// Whether older steps were left out (they are on the year pages).
    public var pathIsPartial: Bool
    public var feedHref: String
    /// The newest meetings and decisions; the rest are on the year pages.
    public var meetings: [MeetingEntry]
    public var decisions: [DecisionEntry]
    public var milestones: [MilestoneEntry]
    public var archive: ArchiveNavigation
}

/// One step of a matter's path on its topic page, shown as the timeline shows its entries: kinds
/// "Dagordningspunkt", "Ställningstagande", "Uppdrag", "Återrapportering", "Milstolpe", and
/// `item`, `decision`, `assignment`, `report`, `milestone` for CSS.
public typealias MatterStep = TimelineContext.Entry

/// `/amnen/<id>/<yyyy>/`: one year of a topic's meetings and decisions.
public struct TopicYearContext: Sendable, Hashable {
    public var layout: LayoutContext
    /// "Hälso- och sjukvårdsavtal 2024".
    public var heading: String
    public var topicTitle: String
    public var topicHref: String
    public var meetings: [MeetingEntry]
    public var decisions: [DecisionEntry]
    public var archive: ArchiveNavigation
}

public struct UpcomingContext: Sendable, Hashable {
    public var layout: LayoutContext
    public var meetings: [MeetingEntry]
    public var todayText: String
    public var pastPlanned: [MeetingEntry]
}

public struct FreePageContext: Sendable, Hashable {
    public var layout: LayoutContext
    public var pageTitle: String
    public var descriptionText: String?
    public var html: String
}

public struct SearchContext: Sendable, Hashable {
    public var layout: LayoutContext
    /// Where Pagefind's index and interface are: `../pagefind/`; `nil` when the site has no search
    /// index, and the page says so.
    public var bundleHref: String?
}

public struct NotFoundContext: Sendable, Hashable {
    public var layout: LayoutContext
    public var homeHref: String
    public var searchHref: String
    public var timelineHref: String
}
