/// One meeting of a body, held, planned or cancelled.
public struct Meeting: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, CaseIterable {
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

    public enum Format: String, Sendable, Hashable, CaseIterable {
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
    public var slug: String
    public var path: String
    /// The path under the content folder: `meetings/2024/2024-10-03-sro.md`.
    public var relativePath: String
    public var body: Located<String>
    public var date: CalendarDate
    public var title: String?
    public var status: Status
    /// Where the status is written (the date when it is left out), for messages about it.
    public var statusLocation: SourceLocation
    public var start: ClockTime?
    public var end: ClockTime?
    public var location: String?
    public var format: Format?
    public var topics: [Located<String>]
    public var participantGroups: [ParticipantGroup]
    public var secretary: String?
    public var attachments: [Attachment]
    public var decisions: [Decision]
    /// What `items:` says about single agenda items (their topics).
    public var itemNotes: [AgendaItemNote]
    /// `preliminary: true`: the minutes are published before they are approved (where it is written).
    public var preliminary: SourceLocation?
    /// Public notes of later corrections, in the order written.
    public var corrections: [Correction]
    /// `original:`: the document the minutes were transcribed from.
    public var original: MeetingOriginal?
    public var text: MarkdownSource

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
}
