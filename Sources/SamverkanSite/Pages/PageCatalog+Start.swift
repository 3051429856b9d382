import SamverkanLoading
import SamverkanModel

extension PageCatalog {
    func startPage() -> StartPageContext {
        let url = SiteURL.home
        let held = content.meetings.reversed().filter { $0.status == .held }
        let upcoming = content.meetings.filter(isUpcoming)
        return StartPageContext(
            layout: layout(url, title: content.settings.title,
                           description: content.settings.description ?? content.settings.title, section: .home),
            latestMinutes: held.prefix(5).map { entry($0, from: url) },
            latestDecisions: decisions.prefix(6).map { entry($0.decision, index: $0.index, of: $0.meeting, from: url) },
            upcoming: upcoming.prefix(5).map { entry($0, from: url) },
            bodies: content.bodies.map { summary(of: $0, from: url) },
            timelineHref: SiteURL.relative(from: url, to: SiteURL.timeline),
            decisionsHref: SiteURL.relative(from: url, to: SiteURL.decisions),
            topicsHref: SiteURL.relative(from: url, to: SiteURL.topics),
            upcomingHref: SiteURL.relative(from: url, to: SiteURL.upcoming),
            bodiesHref: SiteURL.relative(from: url, to: SiteURL.bodies))
    }

    func upcomingPage() -> UpcomingContext {
        let url = SiteURL.upcoming
        return UpcomingContext(
            layout: layout(url, title: "Kommande möten", description: "Planerade möten i \(siteGenitive) organ.",
                           section: .upcoming),
            meetings: content.meetings.filter(isUpcoming).map { entry($0, from: url) },
            todayText: SwedishDateFormatter.long(today),
            pastPlanned: content.meetings.reversed().filter(hasNoMinutes).map { entry($0, from: url) })
    }

    func freePage(_ page: FreePage) -> FreePageContext {
        FreePageContext(
            layout: layout(page.url, title: page.title, description: page.description ?? page.title,
                           section: page.slug == "om" ? .about : .none, search: [("Typ", "Sida")],
                           source: page.relativePath),
            pageTitle: page.title, descriptionText: page.description, html: rendered.pages[page.slug]?.html ?? "")
    }

    func searchPage() -> SearchContext {
        SearchContext(layout: layout(SiteURL.search, title: "Sök", description: "Sök i mötesanteckningar, ställningstaganden, organ och ämnen.",
                                     section: .search),
                      bundleHref: offersSearch ? SiteURL.rootPrefix(from: SiteURL.search) + SiteURL.searchIndexFolder : nil)
    }

    func notFoundPage() -> NotFoundContext {
        NotFoundContext(layout: layout(SiteURL.notFound, title: "Sidan finns inte", description: "Sidan finns inte.", section: .none),
                        homeHref: rootPath + SiteURL.outputPath(of: SiteURL.home),
                        searchHref: rootPath + SiteURL.outputPath(of: SiteURL.search),
                        timelineHref: rootPath + SiteURL.outputPath(of: SiteURL.timeline))
    }
}
