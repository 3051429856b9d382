import SamverkanModel

/// Stage 6b: the files of the site that are not pages: the Atom feeds (the site's, each body's, each
/// topic's, each elected member's and the assignment register's), the calendars (the site's and each
/// body's), the open data, the sitemap and robots.txt. Like pages, they are built from the model alone.
enum FeedCatalog {
    static func files(_ catalog: PageCatalog, pages: [Page]) -> [OutputFile] {
        let base = catalog.content.settings.baseURL
        var files = [
            OutputFile(path: SiteURL.outputPath(of: SiteURL.feed), text: AtomFeed.render(catalog)),
            OutputFile(path: SiteURL.outputPath(of: SiteURL.calendar), text: CalendarFeed.render(catalog)),
            OutputFile(path: SiteURL.outputPath(of: SiteURL.assignmentsFeed), text: AssignmentFeed.render(catalog)),
            OutputFile(path: SiteURL.outputPath(of: SiteURL.correctionsFeed), text: CorrectionsFeed.render(catalog)),
            OutputFile(path: SiteURL.outputPath(of: SiteURL.meetingsData), bytes: OpenData.meetings(catalog)),
            OutputFile(path: SiteURL.outputPath(of: SiteURL.decisionsData), bytes: OpenData.decisions(catalog)),
            OutputFile(path: SiteURL.outputPath(of: SiteURL.assignmentsData), bytes: OpenData.assignments(catalog)),
            OutputFile(path: SiteURL.outputPath(of: SiteURL.robots), text: SiteMap.robots(base: base)),
        ]
        for body in catalog.content.bodies {
            files.append(OutputFile(path: SiteURL.outputPath(of: SiteURL.bodyFeed(body.id)),
                                    text: AtomFeed.render(catalog, scope: .body(body, catalog))))
            files.append(OutputFile(path: SiteURL.outputPath(of: SiteURL.bodyCalendar(body.id)),
                                    text: CalendarFeed.render(catalog, scope: .body(body, catalog))))
        }
        let meetingsByTopic = AtomFeed.meetingsByTopic(catalog.content)
        for topic in catalog.content.topics {
            let scope = AtomFeed.Scope.topic(topic, meetings: meetingsByTopic[topic.id] ?? [], catalog)
            files.append(OutputFile(path: SiteURL.outputPath(of: SiteURL.topicFeed(topic.id)),
                                    text: AtomFeed.render(catalog, scope: scope)))
        }
        if catalog.content.settings.personPages {
            files.append(OutputFile(path: SiteURL.outputPath(of: SiteURL.peopleData), bytes: OpenData.people(catalog)))
            for person in catalog.people.people {
                files.append(OutputFile(path: SiteURL.outputPath(of: SiteURL.personFeed(person.id)),
                                        text: AtomFeed.render(catalog, scope: .person(person, catalog))))
            }
        }
        if let dataCatalogue = DataCatalogue.render(catalog) {
            files.append(OutputFile(path: SiteURL.outputPath(of: SiteURL.dataCatalogue), text: dataCatalogue))
        }
        if let sitemap = SiteMap.sitemap(pages.filter { $0.url != SiteURL.notFound }, base: base,
                                         lastChanged: catalog.lastChanged) {
            files.append(OutputFile(path: SiteURL.outputPath(of: SiteURL.sitemap), text: sitemap))
        }
        return files
    }
}
