import SamverkanModel

extension PageCatalog {
    /// A meeting as a schema.org `Event`: its status, its start and end in Stockholm time (the day
    /// alone when no time is known), where it is held, the body as organiser and the agenda items as
    /// parts (`subEvent`), each linking its anchor.
    func event(_ meeting: Meeting, agenda: [MeetingContext.AgendaItem], from page: String) -> JSONValue {
        let status = meeting.status == .cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled"
        let start = meeting.start.map { StockholmTime.rfc3339(meeting.date, $0) } ?? meeting.date.description
        let end = meeting.end.map { StockholmTime.rfc3339(meeting.date, $0) }
        let attendance: String? = switch meeting.format {
        case .inPerson?: "https://schema.org/OfflineEventAttendanceMode"
        case .online?: "https://schema.org/OnlineEventAttendanceMode"
        case .hybrid?: "https://schema.org/MixedEventAttendanceMode"
        case nil: nil
        }
        let place: JSONValue? = meeting.location.map { .thing("Place", [("name", .text($0))]) }
            ?? (meeting.format == .online ? .thing("VirtualLocation", [("name", .text("Digitalt möte"))]) : nil)
        let organizer = content.bodiesByID[meeting.body.value].map { organization($0, from: page) }
            ?? .thing("GovernmentOrganization", [("name", .text(meeting.body.value))])
        let url = structuredLink(meeting.url, from: page)
        let parts: [JSONValue] = agenda.map { item in
            .thing("Event", [("name", .text("\(item.number). \(item.itemTitle)")), ("startDate", .text(start)),
                             ("url", .text(structuredLink(SiteURL.anchored(meeting.url, PageAnchors.agendaItem(item.number)), from: page)))])
        }
        return .thing("Event", [
            ("name", .text(Self.title(of: meeting, in: content))),
            ("url", .text(url)),
            ("inLanguage", .text(content.settings.language)),
            ("eventStatus", .text(status)),
            ("eventAttendanceMode", attendance.map(JSONValue.text)),
            ("startDate", .text(start)),
            ("endDate", end.map(JSONValue.text)),
            ("location", place),
            ("organizer", organizer),
            ("subEvent", parts.isEmpty ? nil : .list(parts)),
        ])
    }
}
