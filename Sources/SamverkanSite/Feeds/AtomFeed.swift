import SamverkanModel

/// Atom 1.0 feeds of new minutes and decisions, newest first: `/feed.xml` for the whole site, and
/// one per body (`/organ/<id>/feed.xml`) and per topic (`/amnen/<id>/feed.xml`), each a `Scope` of
/// the same entries. Every id is a URN made from the meeting's file name (and the decision's
/// number), so it never changes when the site moves and is the same in every feed that has the entry.
/// Links are absolute when `base_url` is set, otherwise relative to the feed's own folder.
enum AtomFeed {
    /// Enough for any reader to catch up; the archive itself is on the site and in the open data.
    static let entryLimit = 100

    struct Entry {
        var id: String
        var title: String
        var path: String
        var updated: String
        var sortKey: (CalendarDate, String, Int)
        var summary: String
        var category: String
    }

    /// Which feed: its own address, id and title, the page it is the feed of, and which meetings and
    /// decisions it holds.
    struct Scope {
        /// The feed's own site path: `/organ/sro/feed.xml`.
        var url: String
        /// The feed's `<id>`: `urn:samverkan:flode:organ:sro`.
        var id: String
        var title: String
        /// The page the feed follows (`rel="alternate"`): `/organ/sro/`.
        var page: String
        /// The meetings whose minutes (when held) are entries, oldest first.
        var meetings: [Meeting]
        /// Whether a decision of one of them (by its place in its meeting) is an entry.
        var includesDecision: (Meeting, Int, Decision) -> Bool

        /// `/feed.xml`: every held meeting and every decision.
        static func site(_ catalog: PageCatalog) -> Scope {
            Scope(url: SiteURL.feed, id: "urn:samverkan:flode",
                  title: "\(catalog.content.settings.title): mötesanteckningar och ställningstaganden", page: SiteURL.home,
                  meetings: catalog.content.meetings, includesDecision: { _, _, _ in true })
        }

        /// `/organ/<id>/feed.xml`: the body's held meetings and their decisions.
        static func body(_ body: Body, _ catalog: PageCatalog) -> Scope {
            Scope(url: SiteURL.bodyFeed(body.id), id: "urn:samverkan:flode:organ:\(body.id)",
                  title: "\(catalog.content.settings.title): \(body.name)", page: body.url,
                  meetings: catalog.meetingsByBody[body.id] ?? [], includesDecision: { _, _, _ in true })
        }

        /// `/amnen/<id>/feed.xml`: held meetings that name the topic (in their own `topics`, a
        /// decision's or an agenda item's: `meetings`, from `meetingsByTopic`), and the decisions that
        /// name it themselves or belong to an agenda item that does.
        static func topic(_ topic: Topic, meetings: [Meeting], _ catalog: PageCatalog) -> Scope {
            let id = topic.id
            return Scope(url: SiteURL.topicFeed(id), id: "urn:samverkan:flode:amne:\(id)",
                         title: "\(catalog.content.settings.title): \(topic.title)", page: topic.url,
                         meetings: meetings,
                         includesDecision: { meeting, _, decision in
                             decision.topics.contains { $0.value == id }
                                 || AtomFeed.itemTopics(of: decision, in: meeting).contains(id)
                         })
        }

        /// `/personer/<id>/feed.xml`: the minutes of the held meetings whose participant lists name the
        /// person (present or absent); the decisions are the bodies', so they are left to the other feeds.
        static func person(_ person: PersonRegister.Person, _ catalog: PageCatalog) -> Scope {
            Scope(url: SiteURL.personFeed(person.id), id: "urn:samverkan:flode:person:\(person.id)",
                  title: "\(catalog.content.settings.title): \(person.label)", page: person.url,
                  meetings: person.appearances.map(\.meeting), includesDecision: { _, _, _ in false })
        }
    }

    /// Each topic's meetings, oldest first, in one pass: those that name it in their own `topics`,
    /// in a decision's or in an agenda item's (`items:`).
    static func meetingsByTopic(_ content: SiteContent) -> [String: [Meeting]] {
        var result: [String: [Meeting]] = [:]
        for meeting in content.meetings {
            var named = Set(meeting.topics.map(\.value))
            for decision in meeting.decisions { named.formUnion(decision.topics.map(\.value)) }
            for note in meeting.itemNotes { named.formUnion(note.topics.map(\.value)) }
            for topic in named { result[topic, default: []].append(meeting) }
        }
        return result
    }

    /// The topics `items:` gives the agenda item a decision belongs to, and the item it is a sub-item of
    /// (a decision under `3a` belongs to item `3` too).
    static func itemTopics(of decision: Decision, in meeting: Meeting) -> Set<String> {
        guard let item = decision.item?.value, !meeting.itemNotes.isEmpty else { return [] }
        let parent = String(item.prefix { $0.isASCII && $0.isNumber })
        var topics: Set<String> = []
        for note in meeting.itemNotes where note.item.value == item || note.item.value == parent {
            topics.formUnion(note.topics.map(\.value))
        }
        return topics
    }

    /// `/feed.xml`.
    static func render(_ catalog: PageCatalog) -> String {
        render(catalog, scope: .site(catalog))
    }

    static func render(_ catalog: PageCatalog, scope: Scope) -> String {
        write(catalog, url: scope.url, id: scope.id, title: scope.title, page: scope.page,
              entries: entries(catalog, scope: scope))
    }

    /// When a meeting's entries were new: its end (or start) time in Stockholm.
    static func updated(_ meeting: Meeting) -> String {
        StockholmTime.rfc3339(meeting.date, meeting.end ?? meeting.start)
    }

    /// The minutes of the held meetings and the decisions the scope holds, newest meeting first;
    /// each meeting's minutes, then its decisions in the order of the minutes. Only the newest
    /// meetings' entries are made, until there are `limit`: a meeting's entries all share its
    /// date and file name, so they sort together, and the rest could not be in the feed (the site's
    /// feed otherwise made 50 000 entries at 10 000 meetings to keep 100).
    static func entries(_ catalog: PageCatalog, scope: Scope, limit: Int = entryLimit) -> [Entry] {
        let newestFirst = scope.meetings.filter { $0.status == .held }.sorted { lhs, rhs in
            lhs.date != rhs.date ? lhs.date > rhs.date : lhs.slug > rhs.slug
        }
        var entries: [Entry] = []
        for meeting in newestFirst {
            if entries.count >= limit { break }
            let name = catalog.bodyName(meeting)
            let updated = updated(meeting)
            let decisions = meeting.decisions.count
            entries.append(Entry(
                id: "urn:samverkan:mote:\(meeting.slug)",
                title: meeting.title.map { "\($0) (\(name), \(SwedishDateFormatter.medium(meeting.date)))" }
                    ?? "Mötesanteckning \(name) \(SwedishDateFormatter.medium(meeting.date))",
                path: meeting.url, updated: updated, sortKey: (meeting.date, meeting.slug, 0),
                summary: "Mötesanteckningar från \(name) \(SwedishDateFormatter.long(meeting.date))"
                    + (decisions == 0 ? "." : decisions == 1 ? ", med 1 ställningstagande." : ", med \(decisions) ställningstaganden."),
                category: name))
            for (index, decision) in meeting.decisions.enumerated() where scope.includesDecision(meeting, index, decision) {
                let item = decision.item.map { " (punkt \($0.value))" } ?? ""
                entries.append(Entry(
                    id: "urn:samverkan:beslut:\(meeting.slug):\(index + 1)",
                    title: "\(name) \(decision.kind.rawValue)\(item): \(shortened(decision.text))",
                    path: SiteURL.anchored(meeting.url, PageAnchors.decisionAnchor(index)), updated: updated,
                    sortKey: (meeting.date, meeting.slug, index + 1),
                    summary: decision.text, category: "Ställningstagande"))
            }
        }
        return entries
    }

    /// Newest meeting first; within a meeting, in the order of the minutes.
    static func sorted(_ entries: [Entry]) -> [Entry] {
        entries.sorted { lhs, rhs in
            (lhs.sortKey.0, lhs.sortKey.1) != (rhs.sortKey.0, rhs.sortKey.1)
                ? (lhs.sortKey.0, lhs.sortKey.1) > (rhs.sortKey.0, rhs.sortKey.1) : lhs.sortKey.2 < rhs.sortKey.2
        }
    }

    /// A link from the feed at `feedURL`: absolute with `base_url`, else relative to the feed's folder.
    /// A page is linked by its folder (`moten/2024/x/`), as a feed is read from a server.
    static func link(_ path: String, fromFeed feedURL: String, base: String?) -> String {
        if let absolute = SiteURL.absolute(path, base: base) { return absolute }
        let folder = String(feedURL[...(feedURL.lastIndex(of: "/") ?? feedURL.startIndex)])
        let relative = SiteURL.relative(from: folder, to: path)
        let hash = path.firstIndex(of: "#")
        guard path[..<(hash ?? path.endIndex)].hasSuffix("/") else { return relative }
        let relativeHash = relative.firstIndex(of: "#") ?? relative.endIndex
        var file = relative[..<relativeHash]
        if file.hasSuffix("index.html") { file = file.dropLast("index.html".count) }
        return (file.isEmpty ? "./" : String(file)) + relative[relativeHash...]
    }

    /// The feed document: at most `entryLimit` entries, newest first.
    static func write(_ catalog: PageCatalog, url: String, id: String, title: String, page: String,
                      entries unsorted: [Entry]) -> String {
        let settings = catalog.content.settings
        let base = settings.baseURL
        func link(_ path: String) -> String { AtomFeed.link(path, fromFeed: url, base: base) }
        let entries = Array(sorted(unsorted).prefix(entryLimit))

        let feedUpdated = entries.map(\.updated).max() ?? "1970-01-01T00:00:00+01:00"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(settings.language))">
              <id>\(XMLText.escape(id))</id>
              <title>\(XMLText.escape(title))</title>
            """
        if let description = settings.description { xml += "\n  <subtitle>\(XMLText.escape(description))</subtitle>" }
        xml += """

              <updated>\(feedUpdated)</updated>
              <author><name>\(XMLText.escape(settings.organisation ?? settings.title))</name></author>
              <link rel="alternate" type="text/html" href="\(XMLText.escape(link(page)))"/>
            """
        if let own = SiteURL.absolute(url, base: base) {
            xml += "\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(own))\"/>"
        }
        xml += "\n  <generator>samverkan</generator>\n"
        for entry in entries {
            xml += """
                  <entry>
                    <id>\(XMLText.escape(entry.id))</id>
                    <title>\(XMLText.escape(entry.title))</title>
                    <link rel="alternate" type="text/html" href="\(XMLText.escape(link(entry.path)))"/>
                    <updated>\(entry.updated)</updated>
                    <category term="\(XMLText.escape(entry.category))"/>
                    <summary>\(XMLText.escape(entry.summary))</summary>
                  </entry>

                """
        }
        return xml + "</feed>\n"
    }

    /// At most 90 characters, cut at a word, for an entry title.
    static func shortened(_ text: String) -> String {
        guard text.count > 90 else { return text }
        let cut = text.prefix(90)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
    }
}
