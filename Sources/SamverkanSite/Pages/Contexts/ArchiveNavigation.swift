/// The way between an overview and its year archive pages: every year, the current year's pages,
/// and on the overview a link to the rest of a year it shows only in part.
public struct ArchiveNavigation: Sendable, Hashable {
    public struct YearLink: Sendable, Hashable {
        public var year: Int
        public var href: String
        public var isCurrent: Bool
    }

    public struct PageLink: Sendable, Hashable {
        public var number: Int
        public var href: String
        public var isCurrent: Bool
    }

    /// Back to the overview (on a year page).
    public var overviewHref: String?
    public var years: [YearLink]
    /// A long year's numbered pages; empty when it has one.
    public var pages: [PageLink] = []
    public var previousHref: String?
    public var nextHref: String?
    /// On an overview that shows only the newest part of a year: where the rest is.
    public var moreHref: String?
    public var moreText: String?
}
