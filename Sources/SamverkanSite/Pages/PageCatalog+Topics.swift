import SamverkanLoading
import SamverkanModel

extension PageCatalog {
    /// For each topic: the meetings that name it (directly or through a decision), its decisions and milestones.
    struct TopicUsage {
        var meetings: [Meeting] = []
        var decisions: [(meeting: Meeting, index: Int, decision: Decision)] = []
        var milestones: [Milestone] = []
        /// Agenda items that `items:` gives the topic, newest meeting first.
        var items: [(meeting: Meeting, item: String)] = []
    }

    /// How many steps of a matter's path its topic page shows: the newest, so the page stays small.
    static let pathLimit = 200

    static func topicUsage(_ content: SiteContent,
                           decisions: [(meeting: Meeting, index: Int, decision: Decision)]) -> [String: TopicUsage] {
        var usage: [String: TopicUsage] = [:]
        for meeting in content.meetings.reversed() {
            var named = Set(meeting.topics.map(\.value))
            for decision in meeting.decisions { named.formUnion(decision.topics.map(\.value)) }
            for note in meeting.itemNotes {
                named.formUnion(note.topics.map(\.value))
                for topic in Set(note.topics.map(\.value)) { usage[topic, default: TopicUsage()].items.append((meeting, note.item.value)) }
            }
            for topic in named { usage[topic, default: TopicUsage()].meetings.append(meeting) }
        }
        for item in decisions {
            // A decision belongs to a topic it names, and to the topics of its agenda item (or of
            // the item a sub-item is part of).
            var topics = Set(item.decision.topics.map(\.value))
            if let number = item.decision.item?.value {
                let parent = String(number.prefix { $0.isNumber })
                for note in item.meeting.itemNotes where note.item.value == number || note.item.value == parent {
                    topics.formUnion(note.topics.map(\.value))
                }
            }
            for topic in topics { usage[topic, default: TopicUsage()].decisions.append(item) }
        }
        for milestone in content.milestones {
            if let topic = milestone.topic?.value { usage[topic, default: TopicUsage()].milestones.append(milestone) }
        }
        return usage
    }

    func topicsPage() -> TopicsContext {
        let url = SiteURL.topics
        let usage = usageByTopic
        return TopicsContext(
            layout: layout(url, title: "Ämnen", description: "Ämnen som möten och ställningstaganden handlar om.",
                           section: .topics),
            topics: content.topics.map { topic in
                let used = usage[topic.id] ?? TopicUsage()
                return TopicSummary(topicTitle: topic.title, topicHref: SiteURL.relative(from: url, to: topic.url),
                                    meetingCount: used.meetings.count, decisionCount: used.decisions.count,
                                    milestoneCount: used.milestones.count)
            })
    }

    /// A topic's page and one page per year of its meetings and decisions.
    func topicPages(_ topic: Topic) -> [Page] {
        let used = usageByTopic[topic.id] ?? TopicUsage()
        var counts: [Int: Int] = [:]
        for meeting in used.meetings { counts[meeting.date.year, default: 0] += 1 }
        for item in used.decisions { counts[item.meeting.date.year, default: 0] += 1 }
        let archive = YearArchive(counts: counts)
        let meetingsByYear = Dictionary(grouping: used.meetings, by: \.date.year)
        let decisionsByYear = Dictionary(grouping: used.decisions, by: \.meeting.date.year)
        return [Page(url: topic.url, template: "topic", context: topicPage(topic, archive: archive), isSearchable: true,
                     source: topic.relativePath)]
            + archive.pages.map { year, page in
                Page(url: SiteURL.topicYear(topic.id, year, page: page), template: "topic-year",
                     context: topicYearPage(topic, year: year, page: page, archive: archive,
                                            meetings: meetingsByYear[year] ?? [], decisions: decisionsByYear[year] ?? []))
            }
    }

    func topicPage(_ topic: Topic, archive: YearArchive) -> TopicContext {
        let url = topic.url
        let used = usageByTopic[topic.id] ?? TopicUsage()
        // The newest meetings and decisions, as many as an overview holds (in a year shown only in
        // part, meetings first); the rest are on the year pages.
        var room = Dictionary(archive.overview.map { ($0.year, $0.shown) }, uniquingKeysWith: { first, _ in first })
        func fits(_ year: Int) -> Bool {
            guard let left = room[year], left > 0 else { return false }
            room[year] = left - 1
            return true
        }
        let meetings = used.meetings.filter { fits($0.date.year) }
        let decisions = used.decisions.filter { fits($0.meeting.date.year) }
        let path = matterPath(used, from: url)
        return TopicContext(
            layout: layout(url, title: topic.title, description: "Möten, ställningstaganden och milstolpar om \(topic.title).",
                           section: .topics, crumbs: [("Ämnen", SiteURL.topics)], search: [("Typ", "Ämne")],
                           feeds: [Feed(title: "Nytt om \(topic.title)", url: SiteURL.topicFeed(topic.id))],
                           source: topic.relativePath),
            topicTitle: topic.title, diarienummer: topic.diarienummer, descriptionHTML: rendered.topics[topic.id]?.html ?? "",
            path: Array(path.suffix(Self.pathLimit)), pathIsPartial: path.count > Self.pathLimit,
            feedHref: feedLink(SiteURL.topicFeed(topic.id), from: url),
            meetings: meetings.map { entry($0, from: url) },
            decisions: decisions.map { entry($0.decision, index: $0.index, of: $0.meeting, from: url) },
            milestones: used.milestones.map { milestone in
                let source = milestone.source.flatMap { content.meetingsBySlug[$0.value] }
                return TopicContext.MilestoneEntry(
                    title: milestone.title, dateText: SwedishDateFormatter.period(milestone.date, milestone.end),
                    isoDate: milestone.date.description, sourceTitle: source.map(title(of:)),
                    sourceHref: source.map { SiteURL.relative(from: url, to: $0.url) })
            },
            archive: archive.navigation(from: url, overviewURL: url, current: nil) { SiteURL.topicYear(topic.id, $0, page: $1) })
    }

    /// One year of a topic's meetings and decisions.
    /// One year of a topic's meetings and decisions (one page of it, when the year is long: its
    /// meetings first, then its decisions).
    func topicYearPage(_ topic: Topic, year: Int, page: Int, archive: YearArchive, meetings allMeetings: [Meeting],
                       decisions allDecisions: [(meeting: Meeting, index: Int, decision: Decision)]) -> TopicYearContext {
        let url = SiteURL.topicYear(topic.id, year, page: page)
        let pageCount = archive.pageCount(of: year)
        let heading = "\(topic.title) \(year)" + (pageCount > 1 ? ", sida \(page) av \(pageCount)" : "")
        let (meetings, decisions) = YearArchive.slices(allMeetings, allDecisions, page: page)
        return TopicYearContext(
            layout: layout(url, title: heading, description: "Möten och ställningstaganden om \(topic.title) \(year).", section: .topics,
                           crumbs: [("Ämnen", SiteURL.topics), (topic.title, topic.url)]),
            heading: heading, topicTitle: topic.title, topicHref: SiteURL.relative(from: url, to: topic.url),
            meetings: meetings.map { entry($0, from: url) },
            decisions: decisions.map { entry($0.decision, index: $0.index, of: $0.meeting, from: url) },
            archive: archive.navigation(from: url, overviewURL: topic.url, current: (year, page)) { SiteURL.topicYear(topic.id, $0, page: $1) })
    }

    /// A matter's path across the bodies, oldest first; within a day: items, decisions,
    /// assignments, report-backs, milestones.
    func matterPath(_ used: TopicUsage, from url: String) -> [MatterStep] {
        var steps: [(CalendarDate, String, Int, MatterStep)] = []
        for (meeting, number) in used.items {
            let heading = rendered.meetings[meeting.slug]?.headings.first { $0.itemNumber == number }
            steps.append((meeting.date, meeting.slug, 0, MatterStep(
                kindLabel: "Dagordningspunkt", kindClass: "item",
                title: "Punkt \(number). " + (heading.map { $0.itemTitle ?? $0.text } ?? ""),
                href: SiteURL.relative(from: url, to: SiteURL.anchored(meeting.url, PageAnchors.agendaItem(number))),
                dateText: SwedishDateFormatter.medium(meeting.date), isoDate: meeting.date.description,
                bodyName: bodyName(meeting), detail: title(of: meeting))))
        }
        // A decision that gives an assignment is shown as the assignment, one that reports back as
        // the report; the reports on the topic's assignments belong to its path even when the
        // reporting decision names no topic.
        var shownReports: Set<[String]> = []
        var topicAssignments: [TrackedAssignment] = []
        func reportStep(_ report: TrackedAssignment.DecisionReference) {
            guard shownReports.insert([report.meeting.slug, String(report.index)]).inserted else { return }
            let entry = reportEntry(report, from: url)
            steps.append((report.meeting.date, report.meeting.slug, 3, MatterStep(
                kindLabel: "Återrapportering", kindClass: "report", title: report.decision.text,
                href: entry.href, dateText: entry.dateText, isoDate: entry.isoDate, bodyName: entry.bodyName,
                detail: entry.label)))
        }
        for (meeting, index, decision) in used.decisions {
            if decision.assignment != nil, let tracked = assignments.assignment(of: meeting, decision: index) {
                let status = tracked.status(today: today)
                steps.append((meeting.date, meeting.slug, 2, MatterStep(
                    kindLabel: "Uppdrag", kindClass: "assignment", title: decision.text,
                    href: SiteURL.relative(from: url, to: tracked.assignment.url),
                    dateText: SwedishDateFormatter.medium(meeting.date), isoDate: meeting.date.description,
                    bodyName: bodyName(meeting),
                    detail: status.label + (tracked.assignment.due.map { ", ska redovisas \(SwedishDateFormatter.medium($0.value))" } ?? ""))))
                topicAssignments.append(tracked)
            } else if decision.report != nil, assignments.assignment(of: meeting, decision: index) != nil {
                reportStep(.init(meeting: meeting, index: index))
            } else {
                let decisionEntry = entry(decision, index: index, of: meeting, from: url)
                steps.append((meeting.date, meeting.slug, 1, MatterStep(
                    kindLabel: "Ställningstagande", kindClass: "decision", title: decision.text,
                    href: SiteURL.relative(from: url, to: SiteURL.anchored(meeting.url, PageAnchors.decisionAnchor(index))),
                    dateText: decisionEntry.dateText, isoDate: decisionEntry.isoDate, bodyName: decisionEntry.bodyName,
                    detail: "\(decision.kind.label), \(decisionEntry.itemLabel)")))
            }
        }
        for tracked in topicAssignments { tracked.reports.forEach(reportStep) }
        for milestone in used.milestones {
            steps.append((milestone.date.firstDay, "", 4, MatterStep(
                kindLabel: "Milstolpe", kindClass: "milestone", title: milestone.title, href: nil,
                dateText: SwedishDateFormatter.period(milestone.date, milestone.end), isoDate: milestone.date.description,
                bodyName: nil, detail: nil)))
        }
        steps.sort { ($0.0, $0.2, $0.1) < ($1.0, $1.2, $1.1) }
        return steps.map(\.3)
    }
}
