import SamverkanModel

extension PageCatalog {
    /// `/folj/`: every feed and calendar of the site, with how to subscribe to them.
    func followPage() -> FollowContext {
        let url = SiteURL.follow
        return FollowContext(
            layout: layout(url, title: "Följ arbetet",
                           description: "Prenumerera på mötenas kalendrar och på nyhetsflöden från \(content.settings.title): för hela webbplatsen, för varje organ och för varje ämne.",
                           section: .follow,
                           feeds: [Feed(title: "Nya och avslutade uppdrag", url: SiteURL.assignmentsFeed)]),
            siteFeedHref: feedLink(SiteURL.feed, from: url),
            siteCalendarHref: feedLink(SiteURL.calendar, from: url),
            siteWebcalHref: webcalLink(SiteURL.calendar),
            assignmentsFeedHref: feedLink(SiteURL.assignmentsFeed, from: url),
            correctionsFeedHref: feedLink(SiteURL.correctionsFeed, from: url),
            assignmentsHref: SiteURL.relative(from: url, to: SiteURL.assignments),
            hasWebcal: webcalLink(SiteURL.calendar) != nil,
            bodies: content.bodies.map { body in
                FollowContext.BodyFollow(
                    bodyName: body.displayName, bodyFullName: body.name == body.displayName ? nil : body.name,
                    bodyHref: SiteURL.relative(from: url, to: body.url),
                    bodyFeedHref: feedLink(SiteURL.bodyFeed(body.id), from: url),
                    bodyCalendarHref: feedLink(SiteURL.bodyCalendar(body.id), from: url),
                    bodyWebcalHref: webcalLink(SiteURL.bodyCalendar(body.id)))
            },
            topics: content.topics.map { topic in
                FollowContext.TopicFollow(topicTitle: topic.title, topicHref: SiteURL.relative(from: url, to: topic.url),
                                          topicFeedHref: feedLink(SiteURL.topicFeed(topic.id), from: url))
            },
            upcomingHref: SiteURL.relative(from: url, to: SiteURL.upcoming),
            peopleHref: peopleLink(from: url))
    }

    /// `webcal://host/path` for a calendar, which calendar apps open as a subscription: only when
    /// `base_url` is set (an `https://` or `http://` address).
    func webcalLink(_ calendarURL: String) -> String? {
        guard let absolute = SiteURL.absolute(calendarURL, base: content.settings.baseURL),
              let scheme = absolute.range(of: "://"),
              ["https", "http"].contains(absolute[..<scheme.lowerBound].lowercased()) else { return nil }
        return "webcal://" + absolute[scheme.upperBound...]
    }
}
