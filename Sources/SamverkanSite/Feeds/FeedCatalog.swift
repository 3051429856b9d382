import SamverkanModel

/// Stage 6b: the files of the site that are not pages: the Atom feeds (the site's, each body's, each
/// topic's, each elected member's and the assignment register's), the calendars (the site's and each
/// body's), the open data, the sitemap and robots.txt. Like pages, they are built from the model alone.
enum FeedCatalog {
    /// Every file, each made on whichever core is free; the order is the same in every build.
    static func files(_ catalog: PageCatalog, pages: [Page]) -> [OutputFile] {
        jobs(catalog, pages: pages).parallelMap { $0() }.compactMap(\.self)
    }

    /// One closure per file (`nil`: the file is not written, as the sitemap without `base_url`).
    private static func jobs(_ catalog: PageCatalog, pages: [Page]) -> [@Sendable () -> OutputFile?] {
        let base = catalog.content.settings.baseURL
        var jobs: [@Sendable () -> OutputFile?] = [
            { OutputFile(path: SiteURL.outputPath(of: SiteURL.feed), text: AtomFeed.render(catalog)) },
            { OutputFile(path: SiteURL.outputPath(of: SiteURL.calendar), text: CalendarFeed.render(catalog)) },
            { OutputFile(path: SiteURL.outputPath(of: SiteURL.assignmentsFeed), text: AssignmentFeed.render(catalog)) },
            { OutputFile(path: SiteURL.outputPath(of: SiteURL.correctionsFeed), text: CorrectionsFeed.render(catalog)) },
            { OutputFile(path: SiteURL.outputPath(of: SiteURL.meetingsData), bytes: OpenData.meetings(catalog)) },
            { OutputFile(path: SiteURL.outputPath(of: SiteURL.decisionsData), bytes: OpenData.decisions(catalog)) },
            { OutputFile(path: SiteURL.outputPath(of: SiteURL.assignmentsData), bytes: OpenData.assignments(catalog)) },
            { OutputFile(path: SiteURL.outputPath(of: SiteURL.robots), text: SiteMap.robots(base: base)) },
        ]
        for body in catalog.content.bodies {
            jobs.append { OutputFile(path: SiteURL.outputPath(of: SiteURL.bodyFeed(body.id)),
                                     text: AtomFeed.render(catalog, scope: .body(body, catalog))) }
            jobs.append { OutputFile(path: SiteURL.outputPath(of: SiteURL.bodyCalendar(body.id)),
                                     text: CalendarFeed.render(catalog, scope: .body(body, catalog))) }
        }
        let meetingsByTopic = AtomFeed.meetingsByTopic(catalog.content)
        for topic in catalog.content.topics {
            let meetings = meetingsByTopic[topic.id] ?? []
            jobs.append { OutputFile(path: SiteURL.outputPath(of: SiteURL.topicFeed(topic.id)),
                                     text: AtomFeed.render(catalog, scope: .topic(topic, meetings: meetings, catalog))) }
        }
        if catalog.content.settings.personPages {
            jobs.append { OutputFile(path: SiteURL.outputPath(of: SiteURL.peopleData), bytes: OpenData.people(catalog)) }
            for person in catalog.people.people {
                jobs.append { OutputFile(path: SiteURL.outputPath(of: SiteURL.personFeed(person.id)),
                                         text: AtomFeed.render(catalog, scope: .person(person, catalog))) }
            }
        }
        jobs.append { DataCatalogue.render(catalog).map { OutputFile(path: SiteURL.outputPath(of: SiteURL.dataCatalogue), text: $0) } }
        let listed = pages.filter { $0.url != SiteURL.notFound }
        jobs.append {
            SiteMap.sitemap(listed, base: base, lastChanged: catalog.lastChanged)
                .map { OutputFile(path: SiteURL.outputPath(of: SiteURL.sitemap), text: $0) }
        }
        return jobs
    }
}
