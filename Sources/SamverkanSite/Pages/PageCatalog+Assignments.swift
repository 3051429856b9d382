import SamverkanModel

extension PageCatalog {
    /// `/uppdrag/`: overdue first (the most overdue first), then open (the soonest due first), then
    /// the newest completed (the latest completed first); older completed ones are on the year pages.
    func assignmentsPage() -> AssignmentsContext {
        let url = SiteURL.assignments
        var overdue: [TrackedAssignment] = [], open: [TrackedAssignment] = []
        for tracked in assignments.assignments {
            switch tracked.status(today: today) {
            case .overdue: overdue.append(tracked)
            case .open: open.append(tracked)
            case .completed: break
            }
        }
        // Those without a due date last, then by when they were given.
        func byDue(_ lhs: TrackedAssignment, _ rhs: TrackedAssignment) -> Bool {
            func key(_ tracked: TrackedAssignment) -> (Int, CalendarDate, CalendarDate, String) {
                let due = tracked.assignment.due?.value.lastDay
                return (due == nil ? 1 : 0, due ?? tracked.given.meeting.date, tracked.given.meeting.date, tracked.assignment.id.value)
            }
            return key(lhs) < key(rhs)
        }
        overdue.sort(by: byDue)
        open.sort(by: byDue)
        let (archive, byYear) = completedArchive()
        let shown = archive.overview.flatMap { year, count in (byYear[year] ?? []).prefix(count) }
        return AssignmentsContext(
            layout: layout(url, title: "Uppdrag",
                           description: "Uppdrag som organen i \(content.settings.title) har gett, och var de har återrapporterats.",
                           section: .assignments,
                           feeds: [Feed(title: "Nya och avslutade uppdrag", url: SiteURL.assignmentsFeed)]),
            heading: "Uppdrag", isOverview: true,
            overdue: overdue.map { assignmentEntry($0, from: url) },
            open: open.map { assignmentEntry($0, from: url) },
            completed: shown.map { assignmentEntry($0, from: url) },
            hasAssignments: !assignments.assignments.isEmpty,
            todayText: SwedishDateFormatter.medium(today),
            feedHref: feedLink(SiteURL.assignmentsFeed, from: url),
            completedCount: byYear.values.reduce(0) { $0 + $1.count },
            archive: archive.navigation(from: url, overviewURL: url, current: nil, url: SiteURL.assignmentsYear))
    }

    /// `/uppdrag/<yyyy>/`: the assignments completed in a year, the latest first.
    func assignmentsYearPage(_ year: Int, page: Int, archive: YearArchive, byYear: [Int: [TrackedAssignment]]) -> AssignmentsContext {
        let url = SiteURL.assignmentsYear(year, page: page)
        let pageCount = archive.pageCount(of: year)
        let heading = "Avslutade uppdrag \(year)" + (pageCount > 1 ? ", sida \(page) av \(pageCount)" : "")
        let completed = YearArchive.slice(byYear[year] ?? [], page: page)
        return AssignmentsContext(
            layout: layout(url, title: heading, description: "Uppdrag som återrapporterades och avslutades \(year).",
                           section: .assignments, crumbs: [("Uppdrag", SiteURL.assignments)]),
            heading: heading, isOverview: false, overdue: [], open: [],
            completed: completed.map { assignmentEntry($0, from: url) },
            hasAssignments: true, todayText: SwedishDateFormatter.medium(today),
            feedHref: feedLink(SiteURL.assignmentsFeed, from: url),
            completedCount: byYear[year]?.count ?? 0,
            archive: archive.navigation(from: url, overviewURL: SiteURL.assignments, current: (year, page), url: SiteURL.assignmentsYear))
    }

    /// The year pages of `/uppdrag/<yyyy>/`, with their data.
    func assignmentYearPages() -> [Page] {
        let (archive, byYear) = completedArchive()
        return archive.pages.map { year, page in
            Page(url: SiteURL.assignmentsYear(year, page: page), template: "assignments",
                 context: assignmentsYearPage(year, page: page, archive: archive, byYear: byYear))
        }
    }

    /// Completed assignments by the year of the report-back that completed them, the latest first.
    func completedArchive() -> (YearArchive, [Int: [TrackedAssignment]]) {
        var byYear: [Int: [TrackedAssignment]] = [:]
        for tracked in assignments.assignments where tracked.status(today: today) == .completed {
            let date = tracked.completion?.meeting.date ?? tracked.given.meeting.date
            byYear[date.year, default: []].append(tracked)
        }
        for year in byYear.keys {
            byYear[year]?.sort { lhs, rhs in
                let left = lhs.completion?.meeting.date ?? lhs.given.meeting.date
                let right = rhs.completion?.meeting.date ?? rhs.given.meeting.date
                return (left, lhs.assignment.id.value) > (right, rhs.assignment.id.value)
            }
        }
        return (YearArchive(counts: byYear.mapValues(\.count)), byYear)
    }

    /// `/uppdrag/<id>/`: who gave it, to whom, by when, and every report back.
    func assignmentPage(_ tracked: TrackedAssignment) -> AssignmentContext {
        let url = tracked.assignment.url
        let entry = assignmentEntry(tracked, from: url)
        let decision = tracked.given.decision
        let title = "Uppdrag: " + AtomFeed.shortened(decision.text)
        return AssignmentContext(
            layout: layout(url, title: title,
                           description: "\(entry.statusLabel) uppdrag från \(entry.givenBodyName) \(entry.givenDateText).",
                           section: .assignments, crumbs: [("Uppdrag", SiteURL.assignments)],
                           search: [("Typ", "Uppdrag"), ("Organ", entry.givenBodyName),
                                    ("År", String(tracked.given.meeting.date.year))]),
            assignment: entry,
            topics: decision.topics.compactMap { content.topicsByID[$0.value] }.map {
                .init(topicTitle: $0.title, topicHref: SiteURL.relative(from: url, to: $0.url))
            },
            registerHref: SiteURL.relative(from: url, to: SiteURL.assignments),
            todayText: SwedishDateFormatter.medium(today))
    }

    func assignmentEntry(_ tracked: TrackedAssignment, from page: String) -> AssignmentEntry {
        let given = tracked.given
        let status = tracked.status(today: today)
        let assignee = self.assignee(tracked.assignment, from: page)
        return AssignmentEntry(
            id: tracked.assignment.id.value, text: given.decision.text,
            href: SiteURL.relative(from: page, to: tracked.assignment.url),
            statusLabel: status.label, statusClass: status.rawValue,
            isOverdue: status == .overdue, isCompleted: status == .completed,
            assigneeName: assignee?.name, assigneeHref: assignee?.href,
            dueText: tracked.assignment.due.map { SwedishDateFormatter.medium($0.value) },
            dueIso: tracked.assignment.due?.value.description,
            givenBodyName: bodyName(given.meeting),
            givenBodyHref: SiteURL.relative(from: page, to: SiteURL.body(given.meeting.body.value)),
            givenMeetingTitle: title(of: given.meeting), givenMeetingLabel: dated(given.meeting),
            givenHref: SiteURL.relative(from: page, to: decisionURL(given)),
            givenDateText: SwedishDateFormatter.medium(given.meeting.date),
            givenIsoDate: given.meeting.date.description,
            givenItemLabel: given.decision.item.map { "punkt \($0.value)" } ?? "mötet som helhet",
            reports: tracked.reports.map { reportEntry($0, from: page) },
            completedDateText: tracked.completion.map { SwedishDateFormatter.medium($0.meeting.date) })
    }

    func reportEntry(_ report: TrackedAssignment.DecisionReference, from page: String) -> ReportEntry {
        let isFinal = report.decision.report?.completes ?? false
        return ReportEntry(
            text: report.decision.text, kindLabel: report.decision.kind.label,
            dateText: SwedishDateFormatter.medium(report.meeting.date), isoDate: report.meeting.date.description,
            bodyName: bodyName(report.meeting), meetingTitle: title(of: report.meeting), meetingLabel: dated(report.meeting),
            href: SiteURL.relative(from: page, to: decisionURL(report)),
            isFinal: isFinal, label: isFinal ? "Slutredovisning" : "Delredovisning")
    }

    /// The badge beside a decision that gives an assignment, and the link beside one that reports back.
    func assignmentNotes(_ index: Int, of meeting: Meeting, from page: String) -> (AssignmentBadge?, AnswerLink?) {
        guard let tracked = assignments.assignment(of: meeting, decision: index) else { return (nil, nil) }
        let decision = meeting.decisions[index]
        let status = tracked.status(today: today)
        if decision.assignment != nil {
            return (AssignmentBadge(href: SiteURL.relative(from: page, to: tracked.assignment.url),
                                    statusLabel: status.label, statusClass: status.rawValue,
                                    assigneeName: assignee(tracked.assignment, from: page)?.name,
                                    dueText: tracked.assignment.due.map { SwedishDateFormatter.medium($0.value) },
                                    reports: tracked.reports.map { reportEntry($0, from: page) }), nil)
        }
        let isFinal = decision.report?.completes ?? false
        return (nil, AnswerLink(href: SiteURL.relative(from: page, to: tracked.assignment.url),
                                assignmentText: AtomFeed.shortened(tracked.given.decision.text),
                                givenMeetingTitle: dated(tracked.given.meeting),
                                givenHref: SiteURL.relative(from: page, to: decisionURL(tracked.given)),
                                isFinal: isFinal,
                                label: isFinal ? "Slutredovisning av uppdraget" : "Delredovisning av uppdraget",
                                statusLabel: status.label, statusClass: status.rawValue))
    }

    /// A body named by its id is linked; free text ("förbundsdirektörerna") is shown as written.
    func assignee(_ assignment: Assignment, from page: String) -> (name: String, href: String?)? {
        guard let to = assignment.assignee?.value else { return nil }
        guard let body = content.bodiesByID[to] else { return (to, nil) }
        return (body.name, SiteURL.relative(from: page, to: body.url))
    }

    /// A meeting's title, with its date when the title does not already say it.
    func decisionURL(_ reference: TrackedAssignment.DecisionReference) -> String {
        SiteURL.anchored(reference.meeting.url, PageAnchors.decisionAnchor(reference.index))
    }
}
