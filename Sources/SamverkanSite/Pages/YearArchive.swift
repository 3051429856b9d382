import SamverkanModel

/// How a dated list that grows with the archive (the timeline, the decisions register, a body's
/// meetings) is split so that no page grows with it: an overview with the newest years, and one
/// archive page per year, itself split into numbered pages when the year is very long.
struct YearArchive: Sendable {
    /// Entries an overview shows at most.
    static let overviewLimit = 200
    /// Entries one archive page shows at most (keeps a page well under 1 MB).
    static let pageSize = 1000

    /// Every year with entries and how many, newest first.
    let years: [(year: Int, count: Int)]
    /// Whether a long year is split into pages of `pageSize` entries.
    let isPaginated: Bool

    init(counts: [Int: Int], isPaginated: Bool = true) {
        years = counts.filter { $0.value > 0 }.sorted { $0.key > $1.key }.map { ($0.key, $0.value) }
        self.isPaginated = isPaginated
    }

    /// What the overview shows: the newest `overviewLimit` entries, as (year, how many of its
    /// newest entries), newest year first; only the last year can be shown in part.
    var overview: [(year: Int, shown: Int)] {
        var remaining = Self.overviewLimit
        var result: [(year: Int, shown: Int)] = []
        for (year, count) in years where remaining > 0 {
            result.append((year, min(count, remaining)))
            remaining -= min(count, remaining)
        }
        return result
    }

    /// The year the overview shows only in part, if any.
    var partlyShown: (year: Int, shown: Int, count: Int)? {
        guard let last = overview.last, let count = years.first(where: { $0.year == last.year })?.count, last.shown < count else { return nil }
        return (last.year, last.shown, count)
    }

    /// How many pages a year's archive has.
    func pageCount(of year: Int) -> Int {
        let count = years.first { $0.year == year }?.count ?? 0
        return isPaginated ? max(1, (count + Self.pageSize - 1) / Self.pageSize) : 1
    }

    /// Every archive page: (year, page number), newest year first.
    var pages: [(year: Int, page: Int)] {
        years.flatMap { year in (1 ... pageCount(of: year.year)).map { (year.year, $0) } }
    }

    /// The year navigation of a page at `pageURL`; `current` is the archive page shown, `nil` on the overview.
    func navigation(from pageURL: String, overviewURL: String, current: (year: Int, page: Int)?,
                    url: (Int, Int) -> String) -> ArchiveNavigation {
        func href(_ target: String) -> String { SiteURL.relative(from: pageURL, to: target) }
        var navigation = ArchiveNavigation(
            overviewHref: current == nil ? nil : href(overviewURL),
            years: years.map { ArchiveNavigation.YearLink(year: $0.year, href: href(url($0.year, 1)), isCurrent: $0.year == current?.year) })
        if let current {
            let count = pageCount(of: current.year)
            if count > 1 {
                navigation.pages = (1 ... count).map { ArchiveNavigation.PageLink(number: $0, href: href(url(current.year, $0)), isCurrent: $0 == current.page) }
                navigation.previousHref = current.page > 1 ? href(url(current.year, current.page - 1)) : nil
                navigation.nextHref = current.page < count ? href(url(current.year, current.page + 1)) : nil
            }
        } else if let partly = partlyShown {
            navigation.moreText = "Hela \(partly.year) (\(partly.count), här visas de \(partly.shown) senaste)"
            navigation.moreHref = href(url(partly.year, 1))
        }
        return navigation
    }

    /// The parts of two lists shown one after the other (a year's meetings, then its decisions)
    /// that page `page` shows.
    static func slices<First, Second>(_ first: [First], _ second: [Second], page: Int) -> (ArraySlice<First>, ArraySlice<Second>) {
        let start = (page - 1) * pageSize, end = start + pageSize
        let firstSlice = first[min(first.count, start) ..< min(first.count, end)]
        let secondStart = min(second.count, max(0, start - first.count))
        return (firstSlice, second[secondStart ..< min(second.count, max(secondStart, end - first.count))])
    }

    /// The slice of a year's entries (newest first) that page `page` shows.
    static func slice<Entry>(_ entries: [Entry], page: Int) -> ArraySlice<Entry> {
        let start = min(entries.count, (page - 1) * pageSize)
        return entries[start ..< min(entries.count, start + pageSize)]
    }
}
