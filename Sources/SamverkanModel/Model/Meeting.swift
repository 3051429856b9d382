/// One meeting of a body, held, planned or cancelled.
///
/// A class with constant fields, so that the catalogue's many lists of meetings (by body, year,
/// topic, person, feed) share one copy: as a struct of 22 fields each list entry cost 16 reference
/// counts to copy and as many to drop, 6 % of a 10 000-meeting build. Two meetings are equal when
/// every field is.
public final class Meeting: Sendable, Hashable, Encodable {
    public enum Status: String, Sendable, Hashable, CaseIterable, Encodable {
        case held
        case planned
        case cancelled

        public var label: String {
            switch self {
            case .held: return "Genomfört"
            case .planned: return "Planerat"
            case .cancelled: return "Inställt"
            }
        }
    }

    public enum Format: String, Sendable, Hashable, CaseIterable, Encodable {
        case inPerson = "fysiskt"
        case online = "digitalt"
        case hybrid

        public var label: String {
            switch self {
            case .inPerson: return "Fysiskt möte"
            case .online: return "Digitalt möte"
            case .hybrid: return "Fysiskt möte med möjlighet att delta digitalt"
            }
        }
    }

    /// The file name without `.md`: `2024-10-03-sro`. Unique within its year.
    public let slug: String
    public let path: String
    /// The path under the content folder: `meetings/2024/2024-10-03-sro.md`.
    public let relativePath: String
    public let body: Located<String>
    public let date: CalendarDate
    public let title: String?
    public let status: Status
    /// Where the status is written (the date when it is left out), for messages about it.
    public let statusLocation: SourceLocation
    public let start: ClockTime?
    public let end: ClockTime?
    public let location: String?
    public let format: Format?
    public let topics: [Located<String>]
    public let participantGroups: [ParticipantGroup]
    public let secretary: String?
    public let attachments: [Attachment]
    public let decisions: [Decision]
    /// What `items:` says about single agenda items (their topics).
    public let itemNotes: [AgendaItemNote]
    /// `preliminary: true`: the minutes are published before they are approved (where it is written).
    public let preliminary: SourceLocation?
    /// Public notes of later corrections, in the order written.
    public let corrections: [Correction]
    /// `original:`: the document the minutes were transcribed from.
    public let original: MeetingOriginal?
    public let text: MarkdownSource

    public var url: String { SiteURL.meeting(year: date.year, slug: slug) }

    package init(slug: String, path: String, relativePath: String, body: Located<String>, date: CalendarDate,
                 title: String? = nil, status: Status, statusLocation: SourceLocation, start: ClockTime? = nil,
                 end: ClockTime? = nil, location: String? = nil, format: Format? = nil,
                 topics: [Located<String>], participantGroups: [ParticipantGroup], secretary: String? = nil,
                 attachments: [Attachment], decisions: [Decision], itemNotes: [AgendaItemNote] = [],
                 preliminary: SourceLocation? = nil, corrections: [Correction] = [], original: MeetingOriginal? = nil,
                 text: MarkdownSource) {
        self.slug = slug
        self.path = path
        self.relativePath = relativePath
        self.body = body
        self.date = date
        self.title = title
        self.status = status
        self.statusLocation = statusLocation
        self.start = start
        self.end = end
        self.location = location
        self.format = format
        self.topics = topics
        self.participantGroups = participantGroups
        self.secretary = secretary
        self.attachments = attachments
        self.decisions = decisions
        self.itemNotes = itemNotes
        self.preliminary = preliminary
        self.corrections = corrections
        self.original = original
        self.text = text
    }

    public static func == (lhs: Meeting, rhs: Meeting) -> Bool {
        lhs === rhs || (
            lhs.slug == rhs.slug &&
            lhs.path == rhs.path &&
            lhs.relativePath == rhs.relativePath &&
            lhs.body == rhs.body &&
            lhs.date == rhs.date &&
            lhs.title == rhs.title &&
            lhs.status == rhs.status &&
            lhs.statusLocation == rhs.statusLocation &&
            lhs.start == rhs.start &&
            lhs.end == rhs.end &&
            lhs.location == rhs.location &&
            lhs.format == rhs.format &&
            lhs.topics == rhs.topics &&
            lhs.participantGroups == rhs.participantGroups &&
            lhs.secretary == rhs.secretary &&
            lhs.attachments == rhs.attachments &&
            lhs.decisions == rhs.decisions &&
            lhs.itemNotes == rhs.itemNotes &&
            lhs.preliminary == rhs.preliminary &&
            lhs.corrections == rhs.corrections &&
            lhs.original == rhs.original &&
            lhs.text == rhs.text)
    }

    /// The file and the date: enough to tell meetings apart, since equal meetings have the same.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(relativePath)
        hasher.combine(date)
    }
}
