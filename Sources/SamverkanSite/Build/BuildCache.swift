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
        var html: String
    }

    private struct Pages: Sendable {
        var templates: [String: String] = [:]
        var entries: [String: PageEntry] = [:]
        var used = Set<String>()
    }

    /// Decoded content files, for the loader.
    let decoded = DecodeCache()
    /// Rendered Markdown texts, for the Markdown stage.
    let markdown = MarkdownCache()
    private let pages = Mutex(Pages())

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

    /// The page's HTML from the last build, if its data is equal to what it was then.
    func page(_ page: Page, context: PageContext) -> String? {
        pages.withLock { pages in
            pages.used.insert(page.url)
            guard let entry = pages.entries[page.url], AnyHashable(entry.context) == AnyHashable(context) else { return nil }
            return entry.html
        }
    }

    func store(_ page: Page, context: PageContext, html: String) {
        pages.withLock { $0.entries[page.url] = PageEntry(context: context, html: html) }
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
