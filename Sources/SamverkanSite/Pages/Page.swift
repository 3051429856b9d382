import SamverkanModel

/// The data a page template gets.
public typealias PageContext = any TemplateValue & Sendable & Hashable

/// A page to write: where it goes, which template renders it and the data the template gets.
/// The data is made when it is asked for, so a build makes each page's data on the core that
/// renders the page and keeps it no longer than that.
public struct Page: Sendable {
    public var url: String
    public var template: String
    /// Whether the search indexes the page (meetings, bodies, topics, free pages); the lists are
    /// left out, since they only repeat what the pages they list say.
    public var isSearchable: Bool
    /// Everything the page's data is made from, beyond what every page shares (`PageCatalog.siteWideInputs`),
    /// when it is cheaper to compare than the data itself: a preview rebuild reuses the page's HTML
    /// without making its data when this is what it was. `nil`: the data is compared. Made when
    /// asked for (only a build with a cache asks), on the core that renders the page.
    public var reuseKey: (any Hashable & Sendable)? { makeReuseKey() }
    /// The content file the page is made from, on pages made from one (meetings, bodies, topics,
    /// free pages): `meetings/2024/2024-10-03-sro.md`.
    public var source: String?
    private let makeContext: @Sendable () -> PageContext
    private let makeReuseKey: @Sendable () -> (any Hashable & Sendable)?

    public init(url: String, template: String, context: @escaping @autoclosure @Sendable () -> PageContext,
                isSearchable: Bool = false, reuseKey: @escaping @autoclosure @Sendable () -> (any Hashable & Sendable)? = nil,
                source: String? = nil) {
        self.url = url
        self.template = template
        self.makeContext = context
        self.isSearchable = isSearchable
        self.makeReuseKey = reuseKey
        self.source = source
    }

    /// The page's data, made anew on every access.
    public var context: PageContext { makeContext() }

    /// The file under the output folder: `organ/sro/index.html`.
    public var outputPath: String { SiteURL.outputPath(of: url) }
}
