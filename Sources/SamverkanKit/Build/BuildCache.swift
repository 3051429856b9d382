import Synchronization

/// What one build can hand the next in the same process (`samverkan serve`), so a rebuild after an
/// edit decodes, renders and templates only what the edit touched.
///
/// Every entry is keyed by *all* of its inputs, compared for equality, never by a file date or a
/// hash: a page is re-rendered whenever its data or any template differs, so a stale entry can
/// never produce a wrong page. Entries a build did not use are dropped at its end.
public final class BuildCache: Sendable {
    private struct DecodeKey: Hashable, Sendable {
        var kind: String
        var file: SourceFile
    }

    private struct PageEntry: Sendable {
        var context: any Sendable & Hashable
        var html: String
    }

    private struct State: Sendable {
        var decoded: [DecodeKey: any Sendable] = [:]
        var markdown: [MarkdownJob: RenderedMarkdown] = [:]
        var templates: [String: String] = [:]
        var pages: [String: PageEntry] = [:]
        var used = Used()
    }

    private struct Used: Sendable {
        var decoded = Set<DecodeKey>()
        var markdown = Set<MarkdownJob>()
        var pages = Set<String>()
    }

    private let state = Mutex(State())

    public init() {}

    /// The result of decoding `file` as `kind`, from the cache when the file's text is unchanged.
    func decoded<Value: Sendable>(_ kind: String, _ file: SourceFile, decode: (SourceFile) -> Value) -> Value {
        let key = DecodeKey(kind: kind, file: file)
        let cached = state.withLock { state -> Value? in
            state.used.decoded.insert(key)
            return state.decoded[key] as? Value
        }
        if let cached { return cached }
        let value = decode(file)
        state.withLock { $0.decoded[key] = value }
        return value
    }

    func markdown(_ job: MarkdownJob, render: (MarkdownJob) -> RenderedMarkdown) -> RenderedMarkdown {
        let cached = state.withLock { state -> RenderedMarkdown? in
            state.used.markdown.insert(job)
            return state.markdown[job]
        }
        if let cached { return cached }
        let value = render(job)
        state.withLock { $0.markdown[job] = value }
        return value
    }

    /// Forgets every rendered page when any template changed.
    func useTemplates(_ sources: [String: String]) {
        state.withLock { state in
            if state.templates != sources {
                state.pages = [:]
                state.templates = sources
            }
        }
    }

    /// The page's HTML from the last build, if its data is equal to what it was then.
    func page(_ page: Page) -> String? {
        state.withLock { state in
            state.used.pages.insert(page.url)
            guard let entry = state.pages[page.url], AnyHashable(entry.context) == AnyHashable(page.context) else { return nil }
            return entry.html
        }
    }

    func store(_ page: Page, html: String) {
        state.withLock { $0.pages[page.url] = PageEntry(context: page.context, html: html) }
    }

    /// Drops what the build just finished did not ask for: deleted files, old versions of edited ones.
    func finishBuild() {
        state.withLock { state in
            state.decoded = state.decoded.filter { state.used.decoded.contains($0.key) }
            state.markdown = state.markdown.filter { state.used.markdown.contains($0.key) }
            state.pages = state.pages.filter { state.used.pages.contains($0.key) }
            state.used = Used()
        }
    }
}
