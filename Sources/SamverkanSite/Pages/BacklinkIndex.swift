import SamverkanMarkdown
import SamverkanModel

/// Which pages link to each meeting, and to which of its agenda items: taken from the links of the
/// rendered texts, the same links the link check has found to resolve, so they are always right.
struct BacklinkIndex: Sendable {
    /// A page that links to a meeting.
    struct Source: Sendable, Hashable, Encodable {
        var url: String
        var title: String
        /// Meetings sort by date; other pages (bodies, topics, free pages) after them, by title.
        var date: CalendarDate?
        /// The agenda item linked to (`3a`), or nil for the meeting as a whole or another place on it.
        var item: String?
    }

    /// By the linked meeting's URL, in source order (oldest meeting first), each source and item once.
    let sourcesByMeeting: [String: [Source]]

    init(content: SiteContent, rendered: RenderedContent, title: (Meeting) -> String) {
        let meetingURLs = Set(content.meetings.map(\.url))
        var sources: [String: [Source]] = [:]
        // A page linking the same place twice is listed once: (linked meeting, source, item).
        var seen: Set<[String]> = []
        func collect(_ text: RenderedMarkdown?, url: String, title: String, date: CalendarDate?) {
            for link in text?.links ?? [] where !link.isImage {
                guard case let .site(path, anchor) = link.target, path != url, meetingURLs.contains(path) else { continue }
                let item = anchor.flatMap(Self.item(ofAnchor:))
                guard seen.insert([path, url, item ?? ""]).inserted else { continue }
                sources[path, default: []].append(Source(url: url, title: title, date: date, item: item))
            }
        }
        for meeting in content.meetings {
            collect(rendered.meetings[meeting.slug], url: meeting.url, title: title(meeting), date: meeting.date)
        }
        for body in content.bodies { collect(rendered.bodies[body.id], url: body.url, title: body.displayName, date: nil) }
        for topic in content.topics { collect(rendered.topics[topic.id], url: topic.url, title: topic.title, date: nil) }
        for page in content.pages { collect(rendered.pages[page.slug], url: page.url, title: page.title, date: nil) }
        sourcesByMeeting = sources
    }

    /// `punkt-3a` → `3a`; other anchors are not agenda items.
    static func item(ofAnchor anchor: String) -> String? {
        let prefix = PageAnchors.agendaItem("")
        guard anchor.hasPrefix(prefix), anchor.count > prefix.count else { return nil }
        return String(anchor.dropFirst(prefix.count))
    }
}
