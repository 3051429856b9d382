import SamverkanModel

extension PageCatalog {
    /// When the file at `source` was first published and last changed, as the page shows it:
    /// days in Stockholm, "Senast ändrad" only when it is a later day. `nil` for a file never committed.
    func pageHistory(_ source: String) -> LayoutContext.History? {
        guard let commits = history[source], let first = StockholmTime.date(unixSeconds: commits.first),
              let last = StockholmTime.date(unixSeconds: commits.last) else { return nil }
        return LayoutContext.History(
            firstPublished: SwedishDateFormatter.medium(first), firstPublishedISO: first.description,
            lastChanged: SwedishDateFormatter.medium(last), lastChangedISO: last.description,
            changedLater: last > first)
    }

    /// The day the file at `source` last changed, in Stockholm: the sitemap's `lastmod`.
    func lastChanged(_ source: String) -> CalendarDate? {
        history[source].flatMap { StockholmTime.date(unixSeconds: $0.last) }
    }
}
