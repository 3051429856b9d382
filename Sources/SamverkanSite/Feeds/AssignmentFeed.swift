import SamverkanModel

/// `/uppdrag/feed.xml`: the assignment register as Atom 1.0, newest first: one entry when an
/// assignment is given (dated by its meeting) and one when a report-back completes it (dated by that
/// meeting). Both link the assignment's page `/uppdrag/<id>/`; ids are
/// `urn:samverkan:uppdrag:<id>:givet` and `urn:samverkan:uppdrag:<id>:avslutat`.
enum AssignmentFeed {
    static func render(_ catalog: PageCatalog) -> String {
        let settings = catalog.content.settings
        return AtomFeed.write(catalog, url: SiteURL.assignmentsFeed, id: "urn:samverkan:flode:uppdrag",
                              title: "\(settings.title): uppdrag", page: SiteURL.assignments,
                              entries: entries(catalog))
    }

    static func entries(_ catalog: PageCatalog) -> [AtomFeed.Entry] {
        var entries: [AtomFeed.Entry] = []
        for tracked in catalog.assignments.assignments {
            let assignment = tracked.assignment
            let given = tracked.given
            let givenBody = catalog.bodyName(given.meeting)
            let text = given.decision.text
            var summary = text
            if let assignee = catalog.assignee(assignment, from: assignment.url)?.name {
                summary += " Uppdraget går till \(assignee)."
            }
            if let due = assignment.due?.value {
                summary += " Det ska återrapporteras \(due.precision == .day ? "senast" : "under") \(SwedishDateFormatter.medium(due))."
            }
            summary += " Givet av \(givenBody) den \(SwedishDateFormatter.medium(given.meeting.date))."
            entries.append(AtomFeed.Entry(
                id: "urn:samverkan:uppdrag:\(assignment.id.value):givet",
                title: "Nytt uppdrag från \(givenBody): \(AtomFeed.shortened(text))",
                path: assignment.url, updated: AtomFeed.updated(given.meeting),
                sortKey: (given.meeting.date, given.meeting.slug, given.index + 1),
                summary: summary, category: "Nytt uppdrag"))
            guard let completion = tracked.completion else { continue }
            let reportBody = catalog.bodyName(completion.meeting)
            entries.append(AtomFeed.Entry(
                id: "urn:samverkan:uppdrag:\(assignment.id.value):avslutat",
                title: "Uppdrag avslutat: \(AtomFeed.shortened(text))",
                path: assignment.url, updated: AtomFeed.updated(completion.meeting),
                sortKey: (completion.meeting.date, completion.meeting.slug, completion.index + 1),
                summary: "Slutredovisat i \(reportBody) den \(SwedishDateFormatter.medium(completion.meeting.date)): "
                    + completion.decision.text,
                category: "Avslutat uppdrag"))
        }
        return entries
    }
}
