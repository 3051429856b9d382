import SamverkanModel

/// Stage 6b: the files of the site that are not pages: the Atom feed, the calendar, the open data,
/// the sitemap and robots.txt. Like pages, they are built from the model alone.
enum FeedCatalog {
    static func files(_ catalog: PageCatalog, pages: [Page]) -> [OutputFile] {
        let base = catalog.content.settings.baseURL
        var files = [
            OutputFile(path: SiteURL.outputPath(of: SiteURL.feed), text: AtomFeed.render(catalog)),
            OutputFile(path: SiteURL.outputPath(of: SiteURL.calendar), text: CalendarFeed.render(catalog)),
            OutputFile(path: SiteURL.outputPath(of: SiteURL.meetingsData), bytes: OpenData.meetings(catalog)),
            OutputFile(path: SiteURL.outputPath(of: SiteURL.decisionsData), bytes: OpenData.decisions(catalog)),
            OutputFile(path: SiteURL.outputPath(of: SiteURL.robots), text: SiteMap.robots(base: base)),
        ]
        if let sitemap = SiteMap.sitemap(pages.filter { $0.url != SiteURL.notFound }, base: base) {
            files.append(OutputFile(path: SiteURL.outputPath(of: SiteURL.sitemap), text: sitemap))
        }
        return files
    }
}
