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
}
