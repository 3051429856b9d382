import SamverkanModel

extension PageCatalog {
    func timelinePage() -> TimelineContext {
        let url = SiteURL.timeline
        // (sort key, order within a day, entry)
        var dated: [(CalendarDate, Int, String, TimelineContext.Entry)] = []
        for meeting in content.meetings {
            let kind: (String, String) = switch meeting.status {
            case .held: ("Möte", "meeting")
            case .planned: (hasNoMinutes(meeting) ? "Planerat möte, inga anteckningar" : "Planerat möte", "planned")
            case .cancelled: ("Inställt möte", "planned")
            }
            dated.append((meeting.date, 0, meeting.slug, TimelineContext.Entry(
                kindLabel: kind.0, kindClass: kind.1, title: title(of: meeting),
                href: SiteURL.relative(from: url, to: meeting.url),
                dateText: SwedishDateFormatter.medium(meeting.date), isoDate: meeting.date.description,
                bodyName: bodyName(meeting), detail: SwedishDateFormatter.timeRange(meeting.start, meeting.end))))
            for (index, decision) in meeting.decisions.enumerated() {
                let decisionEntry = entry(decision, index: index, of: meeting, from: url)
                dated.append((meeting.date, 1, meeting.slug + "#\(index)", TimelineContext.Entry(
                    kindLabel: "Ställningstagande", kindClass: "decision", title: decision.text,
                    href: decisionEntry.itemHref, dateText: decisionEntry.dateText, isoDate: decisionEntry.isoDate,
                    bodyName: decisionEntry.bodyName,
                    detail: "\(decision.kind.label), \(decisionEntry.itemLabel)")))
            }
        }
        for (index, milestone) in content.milestones.enumerated() {
            var href: String?
            if let topic = milestone.topic?.value, content.topicsByID[topic] != nil {
                href = SiteURL.relative(from: url, to: SiteURL.anchored(SiteURL.topic(topic), PageAnchors.milestones))
            } else if let source = milestone.source.flatMap({ content.meetingsBySlug[$0.value] }) {
                href = SiteURL.relative(from: url, to: source.url)
            }
            dated.append((milestone.date.firstDay, 2, "\(index)", TimelineContext.Entry(
                kindLabel: "Milstolpe", kindClass: "milestone", title: milestone.title, href: href,
                dateText: SwedishDateFormatter.period(milestone.date, milestone.end),
                isoDate: milestone.date.description,
                bodyName: nil, detail: milestone.topic.flatMap { content.topicsByID[$0.value]?.title })))
        }
        dated.sort { ($1.0, $0.1, $0.2) < ($0.0, $1.1, $1.2) }  // newest day first; within a day: meetings, decisions, milestones
        var years: [TimelineContext.Year] = []
        for (date, _, _, item) in dated {
            if years.last?.year != date.year {
                years.append(TimelineContext.Year(year: date.year, anchor: "ar-\(date.year)", entries: []))
            }
            years[years.count - 1].entries.append(item)
        }
        return TimelineContext(
            layout: layout(url, title: "Tidslinje",
                           description: "Möten, ställningstaganden och milstolpar i \(content.settings.title), år för år.",
                           section: .timeline),
            years: years, yearLinks: years.map { TimelineContext.YearLink(year: $0.year, anchor: $0.anchor) })
    }

    func decisionsPage() -> DecisionsContext {
        let url = SiteURL.decisions
        var years: [DecisionsContext.Year] = []
        for item in decisions {
            let year = item.meeting.date.year
            if years.last?.year != year {
                years.append(DecisionsContext.Year(year: year, anchor: "ar-\(year)", decisions: []))
            }
            years[years.count - 1].decisions.append(entry(item.decision, index: item.index, of: item.meeting, from: url))
        }
        return DecisionsContext(
            layout: layout(url, title: "Ställningstaganden",
                           description: "Register över alla ställningstaganden i \(siteGenitive) organ.",
                           section: .decisions),
            years: years, count: decisions.count)
    }
}
