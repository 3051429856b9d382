import SamverkanModel

extension PageCatalog {
    /// The timeline's overview: the newest years (or the newest part of the newest year).
    func timelinePage() -> TimelineContext {
        let url = SiteURL.timeline
        let years = timelineArchive.overview.map { year, shown in
            TimelineContext.Year(year: year, anchor: "ar-\(year)", entries: timelineEntries(in: year, from: url, within: 0 ..< shown))
        }
        return TimelineContext(
            layout: layout(url, title: "Tidslinje",
                           description: "Möten, ställningstaganden och milstolpar i \(content.settings.title), år för år.",
                           section: .timeline),
            heading: "Tidslinje", isOverview: true, years: years,
            archive: timelineArchive.navigation(from: url, overviewURL: url, current: nil, url: SiteURL.timelineYear))
    }

    /// One year of the timeline (one page of it, when the year is long).
    func timelineYearPage(_ year: Int, page: Int) -> TimelineContext {
        let url = SiteURL.timelineYear(year, page: page)
        let pageCount = timelineArchive.pageCount(of: year)
        let heading = "Tidslinje \(year)" + (pageCount > 1 ? ", sida \(page) av \(pageCount)" : "")
        let start = (page - 1) * YearArchive.pageSize
        let entries = timelineEntries(in: year, from: url, within: start ..< start + YearArchive.pageSize)
        return TimelineContext(
            layout: layout(url, title: heading, description: "Möten, ställningstaganden och milstolpar i \(content.settings.title) \(year).",
                           section: .timeline, crumbs: [("Tidslinje", SiteURL.timeline)]),
            heading: heading, isOverview: false,
            years: [TimelineContext.Year(year: year, anchor: "ar-\(year)", entries: Array(entries))],
            archive: timelineArchive.navigation(from: url, overviewURL: SiteURL.timeline, current: (year, page), url: SiteURL.timelineYear))
    }

    /// One year's meetings, decisions and milestones, newest day first; within a day meetings,
    /// then decisions, then milestones: those at the places `within` of that order. The order is
    /// found from dates and names alone, and only the entries shown are made (a year of a large
    /// archive has ten pages, and each page made all of them).
    func timelineEntries(in year: Int, from url: String, within shown: Range<Int>) -> [TimelineContext.Entry] {
        enum Source {
            case meeting(Meeting)
            case decision(Meeting, Int, Decision)
            case milestone(Int, Milestone)
        }
        // (sort key, order within a day, name, what the entry is made from)
        var dated: [(CalendarDate, Int, String, Source)] = []
        for meeting in meetingsByYear[year] ?? [] {
            dated.append((meeting.date, 0, meeting.slug, .meeting(meeting)))
            for (index, decision) in meeting.decisions.enumerated() {
                dated.append((meeting.date, 1, meeting.slug + "#\(index)", .decision(meeting, index, decision)))
            }
        }
        for (index, milestone) in milestonesByYear[year] ?? [] {
            dated.append((milestone.date.firstDay, 2, "\(index)", .milestone(index, milestone)))
        }
        dated.sort { ($1.0, $0.1, $0.2) < ($0.0, $1.1, $1.2) }
        let range = min(dated.count, shown.lowerBound) ..< min(dated.count, shown.upperBound)
        return dated[range].map { _, _, _, source in
            switch source {
            case let .meeting(meeting):
                let kind: (String, String) = switch meeting.status {
                case .held: ("Möte", "meeting")
                case .planned: (hasNoMinutes(meeting) ? "Planerat möte, inga anteckningar" : "Planerat möte", "planned")
                case .cancelled: ("Inställt möte", "planned")
                }
                return TimelineContext.Entry(
                    kindLabel: kind.0, kindClass: kind.1, title: title(of: meeting),
                    href: SiteURL.relative(from: url, to: meeting.url),
                    dateText: SwedishDateFormatter.medium(meeting.date), isoDate: meeting.date.description,
                    bodyName: bodyName(meeting), detail: SwedishDateFormatter.timeRange(meeting.start, meeting.end))
            case let .decision(meeting, index, decision):
                let decisionEntry = entry(decision, index: index, of: meeting, from: url)
                return TimelineContext.Entry(
                    kindLabel: "Ställningstagande", kindClass: "decision", title: decision.text,
                    href: decisionEntry.itemHref, dateText: decisionEntry.dateText, isoDate: decisionEntry.isoDate,
                    bodyName: decisionEntry.bodyName,
                    detail: "\(decision.kind.label), \(decisionEntry.itemLabel)")
            case let .milestone(_, milestone):
                var href: String?
                if let topic = milestone.topic?.value, content.topicsByID[topic] != nil {
                    href = SiteURL.relative(from: url, to: SiteURL.anchored(SiteURL.topic(topic), PageAnchors.milestones))
                } else if let source = milestone.source.flatMap({ content.meetingsBySlug[$0.value] }) {
                    href = SiteURL.relative(from: url, to: source.url)
                }
                return TimelineContext.Entry(
                    kindLabel: "Milstolpe", kindClass: "milestone", title: milestone.title, href: href,
                    dateText: SwedishDateFormatter.period(milestone.date, milestone.end),
                    isoDate: milestone.date.description,
                    bodyName: nil, detail: milestone.topic.flatMap { content.topicsByID[$0.value]?.title })
            }
        }
    }

    /// The register's overview: the newest years (or the newest part of the newest year).
    func decisionsPage() -> DecisionsContext {
        let url = SiteURL.decisions
        let years = decisionArchive.overview.map { year, shown in
            DecisionsContext.Year(year: year, anchor: "ar-\(year)",
                                  decisions: (decisionsByYear[year] ?? []).prefix(shown).map { entry($0.decision, index: $0.index, of: $0.meeting, from: url) })
        }
        return DecisionsContext(
            layout: layout(url, title: "Ställningstaganden",
                           description: "Register över alla ställningstaganden i \(siteGenitive) organ.",
                           section: .decisions),
            heading: "Ställningstaganden", isOverview: true, years: years, count: decisions.count,
            archive: decisionArchive.navigation(from: url, overviewURL: url, current: nil, url: SiteURL.decisionsYear))
    }

    /// One year of the register (one page of it, when the year is long).
    func decisionsYearPage(_ year: Int, page: Int) -> DecisionsContext {
        let url = SiteURL.decisionsYear(year, page: page)
        let pageCount = decisionArchive.pageCount(of: year)
        let heading = "Ställningstaganden \(year)" + (pageCount > 1 ? ", sida \(page) av \(pageCount)" : "")
        let items = YearArchive.slice(decisionsByYear[year] ?? [], page: page)
        return DecisionsContext(
            layout: layout(url, title: heading, description: "Ställningstaganden i \(siteGenitive) organ \(year).",
                           section: .decisions, crumbs: [("Ställningstaganden", SiteURL.decisions)]),
            heading: heading, isOverview: false,
            years: [DecisionsContext.Year(year: year, anchor: "ar-\(year)",
                                          decisions: items.map { entry($0.decision, index: $0.index, of: $0.meeting, from: url) })],
            count: decisionsByYear[year]?.count ?? 0,
            archive: decisionArchive.navigation(from: url, overviewURL: SiteURL.decisions, current: (year, page), url: SiteURL.decisionsYear))
    }
}
