import SamverkanModel

/// What `base.mustache` needs on every page: titles, the way home, navigation and breadcrumbs.
public struct LayoutContext: Sendable, Hashable {
    public struct Link: Sendable, Hashable {
        public var label: String
        public var href: String
        public var isCurrent: Bool
    }

    public struct Crumb: Sendable, Hashable {
        public var label: String
        public var href: String
        public var isLast: Bool
    }

    public var lang: String
    public var siteTitle: String
    public var siteDescription: String?
    public var organisation: String?
    public var footer: String?
    public var pageTitle: String
    public var isHome: Bool
    public var description: String
    public var root: String
    public var homeHref: String
    public var nav: [Link]
    public var breadcrumbs: [Crumb]
    public var footerLinks: [Link]
    /// The page's absolute address, when `base_url` is set: `<link rel="canonical">`.
    public var canonical: String?
    /// schema.org JSON-LD for `<script type="application/ld+json">`: the page's breadcrumbs and what
    /// it is about (a meeting's `Event`, a body's `GovernmentOrganization`). Escaped so that it can be
    /// written as it is (`{{{layout.jsonLD}}}`); missing on the start page and the 404 page.
    public var jsonLD: String?
    /// "Redigera sidan": the page's source file in the web editor that `edit_url` names; only on
    /// pages made from one file (meetings, bodies, topics, free pages).
    public var editHref: String?
    /// When the page's source file was first published and last changed, from git; only on pages
    /// made from one file, and only when that file has been committed.
    public var history: History?
    /// The Atom feed: absolute when `base_url` is set, else relative.
    public var feedHref: String
    public var calendarHref: String
    /// `/folj/`: every feed and calendar, and how to subscribe.
    public var followHref: String
    /// Feeds of what the page shows (a body's, a topic's): `<link rel="alternate">`.
    public var alternates: [Alternate]
    public var searchHref: String
    /// Whether the search indexes the page (`data-pagefind-body`), and by which filters.
    public var searchable: Bool
    /// The title a search result shows (`title:…`), when it should say more than the page's h1.
    public var searchTitle: String?
    public var searchFilters: [SearchFilter]

    public struct Alternate: Sendable, Hashable {
        public var title: String
        public var href: String
    }

    /// "Publicerad 3 oktober 2024 · Senast ändrad 15 oktober 2024", days in Stockholm.
    public struct History: Sendable, Hashable {
        /// "3 oktober 2024": the day of the file's first commit.
        public var firstPublished: String
        /// `2024-10-03`, for `<time datetime>`.
        public var firstPublishedISO: String
        /// The day of the file's last commit.
        public var lastChanged: String
        public var lastChangedISO: String
        /// The last commit is on a later day than the first: show "Senast ändrad".
        public var changedLater: Bool
    }

    public struct SearchFilter: Sendable, Hashable {
        /// `organ:SRO`, `år:2024`, `typ:Möte`.
        public var filter: String
    }
}
