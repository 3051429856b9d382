import SamverkanModel

// The pages of elected members (`person_pages`): `/personer/` and `/personer/<id>/`.
// docs/templates.md describes every field. Field names are unique to these pages, so a missing
// value never picks up another one from the enclosing context.

/// `/personer/`: the elected members by body, as the minutes name them.
public struct PeopleContext: Sendable, Hashable {
    /// One body and the elected members its minutes list.
    public struct BodyGroup: Sendable, Hashable {
        public var groupBodyName: String
        /// The body's full name, when `groupBodyName` is its short name.
        public var groupBodyFullName: String?
        public var groupBodyHref: String
        /// `personer-sro`: the section's id, for the jump list.
        public var groupAnchor: String
        /// Named in the body's latest participant list.
        public var currentMembers: [PersonSummary]
        /// Named in earlier lists only, the latest first.
        public var formerMembers: [PersonSummary]
        /// The meeting whose participant list is the latest: "SRO 3 oktober 2024".
        public var latestListTitle: String?
        public var latestListHref: String?
        public var latestListDateText: String?
    }

    public var layout: LayoutContext
    public var bodyGroups: [BodyGroup]
    /// More than one body: the page starts with links to each body's section.
    public var hasSeveralBodies: Bool
    public var personCount: Int
    public var bodiesHref: String
    public var followHref: String
}

/// An elected member in a list of one body's members.
public struct PersonSummary: Sendable, Hashable {
    public var personName: String
    public var personHref: String
    public var personParty: String
    /// The role the body's last participant list that names them gives ("vice ordförande").
    public var latestRole: String?
    /// "Göteborgsregionen": whom they represent there, as the minutes write it.
    public var organisationsText: String?
    /// "närvarande vid 3 av 4 möten" in this body.
    public var bodyAttendanceText: String
    /// The last meeting of the body that lists them: "4 december 2024".
    public var lastMeetingDateText: String
    public var lastMeetingIsoDate: String
    /// Not in the body's latest participant list: the list shows when they were last named.
    public var summaryIsFormer: Bool
}

/// `/personer/<id>/`: one elected member, their bodies and roles, and the meetings that list them.
public struct PersonContext: Sendable, Hashable {
    /// A role in a body and when the minutes give it.
    public struct RoleEntry: Sendable, Hashable {
        public var roleName: String
        public var roleFirstDateText: String
        public var roleFirstIsoDate: String
        public var roleLastDateText: String
        public var roleLastIsoDate: String
        /// First and last meeting differ: show the span.
        public var roleHasSpan: Bool
        /// The role of the body's latest participant list.
        public var roleIsCurrent: Bool
    }

    /// The person's part in one body.
    public struct Membership: Sendable, Hashable {
        public var membershipBodyName: String
        public var membershipBodyFullName: String?
        public var membershipBodyHref: String
        public var firstMeetingTitle: String
        public var firstMeetingHref: String
        public var firstMeetingDateText: String
        public var firstMeetingIsoDate: String
        public var lastMeetingTitle: String
        public var lastMeetingHref: String
        public var lastMeetingDateText: String
        public var lastMeetingIsoDate: String
        /// More than one meeting: show the span.
        public var membershipHasSpan: Bool
        /// Named in the body's latest participant list.
        public var membershipIsCurrent: Bool
        public var roles: [RoleEntry]
        public var membershipOrganisationsText: String?
        /// "närvarande vid 3 av 4 möten".
        public var membershipAttendanceText: String
    }

    /// A meeting whose participant list names the person.
    public struct MeetingRow: Sendable, Hashable {
        public var rowTitle: String
        public var rowHref: String
        public var rowDateText: String
        public var rowIsoDate: String
        public var rowBodyName: String
        public var rowBodyHref: String
        /// Present (`absent` not set in the list).
        public var wasPresent: Bool
        /// "ersatt av …", when the list says who came in their place.
        public var rowReplacedBy: String?
        /// The role the list gives them at that meeting.
        public var rowRole: String?
    }

    /// A year of meetings, newest first.
    public struct Year: Sendable, Hashable {
        public var yearNumber: Int
        /// `ar-2024`.
        public var yearAnchor: String
        /// "närvarande vid 3 av 4 möten".
        public var yearAttendanceText: String
        /// The year's meetings, when they are among the newest `PageCatalog.personRowLimit`.
        public var rows: [MeetingRow]
        public var hasRows: Bool
        /// For an older year, whose meetings are not listed: the year's page of each body it was in.
        public var yearArchives: [YearArchiveLink]
        public var hasYearArchives: Bool
    }

    /// A body's page of one year: "SRO 2003".
    public struct YearArchiveLink: Sendable, Hashable {
        public var archiveLabel: String
        public var archiveHref: String
    }

    public var layout: LayoutContext
    public var personName: String
    public var personParty: String
    /// "Närvarande vid 12 av 14 möten".
    public var attendanceText: String
    public var presentCount: Int
    public var absentCount: Int
    public var meetingCount: Int
    public var memberships: [Membership]
    public var years: [Year]
    /// Set when older years show only their counts: "De 200 senaste mötena visas; …".
    public var olderYearsNote: String?
    public var peopleHref: String
    /// The person's own feed: new minutes that list them (absolute with `base_url`).
    public var personFeedHref: String
}
