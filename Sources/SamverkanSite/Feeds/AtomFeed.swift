import SamverkanModel

/// `/feed.xml`: new minutes and decisions as Atom 1.0, newest first. Every id is a URN made from the
/// meeting's file name (and the decision's number), so it never changes when the site moves.
/// Links are absolute when `base_url` is set, otherwise relative to the feed (which lives at the root).
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

    static func render(_ catalog: PageCatalog) -> String {
        let content = catalog.content
        let base = content.settings.baseURL
        func link(_ path: String) -> String {
            SiteURL.absolute(path, base: base) ?? (path == "/" ? "./" : String(path.dropFirst()))
        }

        var entries: [Entry] = []
        for meeting in content.meetings where meeting.status == .held {
            let name = catalog.bodyName(meeting)
            let updated = StockholmTime.rfc3339(meeting.date, meeting.end ?? meeting.start)
            let decisions = meeting.decisions.count
            entries.append(Entry(
                id: "urn:samverkan:mote:\(meeting.slug)",
                title: meeting.title.map { "\($0) (\(name), \(SwedishDateFormatter.medium(meeting.date)))" }
                    ?? "Mötesanteckning \(name) \(SwedishDateFormatter.medium(meeting.date))",
                path: meeting.url, updated: updated, sortKey: (meeting.date, meeting.slug, 0),
                summary: "Mötesanteckningar från \(name) \(SwedishDateFormatter.long(meeting.date))"
                    + (decisions == 0 ? "." : decisions == 1 ? ", med 1 ställningstagande." : ", med \(decisions) ställningstaganden."),
                category: name))
            for (index, decision) in meeting.decisions.enumerated() {
                let item = decision.item.map { " (punkt \($0.value))" } ?? ""
                entries.append(Entry(
                    id: "urn:samverkan:beslut:\(meeting.slug):\(index + 1)",
                    title: "\(name) \(decision.kind.rawValue)\(item): \(shortened(decision.text))",
                    path: SiteURL.anchored(meeting.url, PageAnchors.decisionAnchor(index)), updated: updated,
                    sortKey: (meeting.date, meeting.slug, index + 1),
                    summary: decision.text, category: "Ställningstagande"))
            }
        }
        // Newest meeting first; each meeting's minutes, then its decisions in the order of the minutes.
        entries.sort { lhs, rhs in
            (lhs.sortKey.0, lhs.sortKey.1) != (rhs.sortKey.0, rhs.sortKey.1)
                ? (lhs.sortKey.0, lhs.sortKey.1) > (rhs.sortKey.0, rhs.sortKey.1) : lhs.sortKey.2 < rhs.sortKey.2
        }
        entries = Array(entries.prefix(entryLimit))

        let settings = content.settings
        let feedUpdated = entries.map(\.updated).max() ?? "1970-01-01T00:00:00+01:00"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(settings.language))">
              <id>urn:samverkan:flode</id>
              <title>\(XMLText.escape(settings.title)): mötesanteckningar och ställningstaganden</title>
            """
        if let description = settings.description { xml += "\n  <subtitle>\(XMLText.escape(description))</subtitle>" }
        xml += """

              <updated>\(feedUpdated)</updated>
              <author><name>\(XMLText.escape(settings.organisation ?? settings.title))</name></author>
              <link rel="alternate" type="text/html" href="\(XMLText.escape(link("/")))"/>
            """
        if let own = SiteURL.absolute(SiteURL.feed, base: base) {
            xml += "\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(own))\"/>"
        }
        xml += "\n  <generator>samverkan</generator>\n"
        for entry in entries {
            xml += """
                  <entry>
                    <id>\(entry.id)</id>
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
