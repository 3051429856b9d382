import Synchronization
import SamverkanLoading
import SamverkanMarkdown
import SamverkanModel

/// What one build can hand the next in the same process (`samverkan serve`), so a rebuild after an
/// edit decodes, renders and templates only what the edit touched.
///
/// Every entry is keyed by *all* of its inputs, compared for equality, never by a file date or a
/// hash: a page is re-rendered whenever its data or any template differs, so a stale entry can
/// never produce a wrong page. Entries a build did not use are dropped at its end.
public final class BuildCache: Sendable {
    private struct PageEntry: Sendable {
        var context: PageContext
        var reuseKey: (any Hashable & Sendable)?
        var rendered: RenderedPage
    }

    private struct Pages: Sendable {
        var templates: [String: String] = [:]
        var siteWide: (any Hashable & Sendable)?
        var entries: [String: PageEntry] = [:]
        var used = Set<String>()
    }

    /// Decoded content files, for the loader.
    let decoded = DecodeCache()
    /// Rendered Markdown texts, for the Markdown stage.
    let markdown = MarkdownCache()
    private let pages = Mutex(Pages())
    /// The catalogue and templates of the last build that published, for the preview of an edited meeting.
    private let lastSite = Mutex<(catalog: PageCatalog, templates: TemplateSet)?>(nil)

    public init() {}

    /// Forgets every rendered page when any template changed.
    func useTemplates(_ sources: [String: String]) {
        pages.withLock { pages in
            if pages.templates != sources {
                pages.entries = [:]
                pages.templates = sources
            }
        }
    }

    /// Forgets every rendered page when what all pages share changed.
    func useSiteWide(_ inputs: any Hashable & Sendable) {
        pages.withLock { pages in
            let same = pages.siteWide.map { AnyHashable($0) == AnyHashable(inputs) } ?? false
            if !same {
                pages.entries = [:]
                pages.siteWide = inputs
            }
        }
    }

    /// The page's HTML from the last build, if it was made from the same inputs (`Page.reuseKey`),
    /// without making the page's data.
    func page(_ page: Page, reusing key: any Hashable & Sendable) -> RenderedPage? {
        let entry = pages.withLock { pages in
            pages.used.insert(page.url)
            return pages.entries[page.url]
        }
        // Compared outside the lock: the other cores look up their pages meanwhile.
        guard let entry, let stored = entry.reuseKey, AnyHashable(stored) == AnyHashable(key) else { return nil }
        return entry.rendered
    }

    /// The page's HTML from the last build, if its data is equal to what it was then.
    func page(_ page: Page, context: PageContext) -> RenderedPage? {
        let entry = pages.withLock { pages in
            pages.used.insert(page.url)
            return pages.entries[page.url]
        }
        guard let entry, AnyHashable(entry.context) == AnyHashable(context) else { return nil }
        return entry.rendered
    }

    func store(_ page: Page, reuseKey: (any Hashable & Sendable)?, context: PageContext, rendered: RenderedPage) {
        pages.withLock { $0.entries[page.url] = PageEntry(context: context, reuseKey: reuseKey, rendered: rendered) }
    }

    /// What the last build that published was made from.
    func remember(_ catalog: PageCatalog, _ templates: TemplateSet) {
        lastSite.withLock { $0 = (catalog, templates) }
    }

    var lastPublished: (catalog: PageCatalog, templates: TemplateSet)? {
        lastSite.withLock { $0 }
    }

    /// Drops what the build just finished did not ask for: deleted files, old versions of edited ones.
    func finishBuild() {
        decoded.finishBuild()
        markdown.finishBuild()
        pages.withLock { pages in
            pages.entries = pages.entries.filter { pages.used.contains($0.key) }
            pages.used = []
        }
    }
}
