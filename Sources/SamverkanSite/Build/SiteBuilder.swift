import SamverkanLoading
import SamverkanMarkdown
import SamverkanModel
import SamverkanSearch

/// The pipeline, start to end: load → validate → render Markdown → pages → templates → write.
/// Any error stops the run before the write, so a failed build leaves the output folder untouched.
public struct SiteBuilder: Sendable {
    public var fileSystem: FileSystem
    public var writer: SiteWriter
    public var parser: FrontMatterParser
    /// What an earlier build in this process decoded and rendered; `nil` builds everything afresh.
    public var cache: BuildCache?
    /// How the site gets its search index.
    public var search: SearchIndexing
    /// Told how far the build has come; called from any thread.
    public var progress: (@Sendable (BuildProgress) -> Void)?
    /// When each content file was first and last committed: the pages' dates and the sitemap's `lastmod`.
    public var history: SourceHistoryReader
    /// Reads the attachments for personal identity numbers; `nil`: pdftotext and pandoc, remembered
    /// beside the output folder, when the content is on disk, and nothing for content in memory.
    public var attachments: AttachmentScanner?

    /// - Parameter history: `nil` reads git when the content is on disk (`DiskFileSystem`) and
    ///   nothing otherwise: content in memory has no history of its own.
    public init(fileSystem: FileSystem = DiskFileSystem(), writer: SiteWriter = DiskSiteWriter(),
                parser: FrontMatterParser = YamsFrontMatterParser(), cache: BuildCache? = nil,
                search: SearchIndexing = .disabled, history: SourceHistoryReader? = nil,
                progress: (@Sendable (BuildProgress) -> Void)? = nil) {
        self.fileSystem = fileSystem
        self.writer = writer
        self.parser = parser
        self.cache = cache
        self.search = search
        self.history = history ?? (fileSystem is DiskFileSystem ? GitSourceHistoryReader() : NoSourceHistory())
        self.progress = progress
    }

    /// Checks the content and the templates as a build would, writing nothing: every template must
    /// parse and every page kind must have its template.
    public func check(_ options: BuildOptions) -> BuildReport {
        var diagnostics = DiagnosticList()
        let (templates, templateDiagnostics) = TemplateSet.load(from: options.templatesDirectory, fileSystem: fileSystem)
        diagnostics.append(contentsOf: templateDiagnostics)
        // As in a build: a template that does not parse is reported once, not also as missing.
        if let templates, !templateDiagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(contentsOf: missingTemplates(templates.missing(PageCatalog.templateNames), options))
            diagnostics.append(contentsOf: templates.unknownNames(PageCatalog.templateShapes))
            if let outdated = templates.outdatedSearchPage() { diagnostics.append(outdated) }
        }
        if validatedContent(options, diagnostics: &diagnostics) != nil {
            _ = sourceHistory(options, diagnostics: &diagnostics)
        }
        return BuildReport(diagnostics: diagnostics, strict: options.strict)
    }

    private func missingTemplates(_ names: [String], _ options: BuildOptions) -> [Diagnostic] {
        names.map { name in
            let path = join(options.templatesDirectory, name + ".mustache")
            return .error(SourceLocation(path: path), "mallen '\(name)' saknas",
                          hint: "skapa \(path); docs/templates.md visar vad mallen får")
        }
    }

    public func build(_ options: BuildOptions) -> BuildReport {
        var diagnostics = DiagnosticList()
        diagnostics.append(contentsOf: OutputFolderGuard.problems(options, fileSystem: fileSystem))
        let (templates, templateDiagnostics) = TemplateSet.load(from: options.templatesDirectory, fileSystem: fileSystem)
        diagnostics.append(contentsOf: templateDiagnostics)
        if let templates, !templateDiagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(contentsOf: templates.unknownNames(PageCatalog.templateShapes))
            if search.offersSearch, let outdated = templates.outdatedSearchPage() { diagnostics.append(outdated) }
        }
        let validated = validatedContent(options, diagnostics: &diagnostics)
        let sourceHistory = validated == nil ? SourceHistory() : sourceHistory(options, diagnostics: &diagnostics)
        let stopped = BuildReport(diagnostics: diagnostics, strict: options.strict)
        guard let (content, rendered) = validated, let templates, stopped.succeeded else { return stopped }

        progress?(.stage("Ordnar sidorna"))
        let catalog = PageCatalog(content: content, rendered: rendered, today: options.today, offersSearch: search.offersSearch,
                                  history: sourceHistory)
        let pages = catalog.pages()
        let missing = templates.missing(Set(pages.map(\.template)))
        diagnostics.append(contentsOf: missingTemplates(missing, options))
        guard missing.isEmpty else { return BuildReport(diagnostics: diagnostics, strict: options.strict) }

        cache?.useSiteWide(catalog.siteWideInputs)
        // The new site is made in a hidden folder beside the output folder as the pages are made,
        // and put in place in one step at the end; any error before that leaves the output as it was.
        // A preview (`serve`, with a cache) keeps its pages in memory anyway and writes them all at
        // the end, so that it holds the output folder's lock only while writing: the preview of the
        // next edit (`previewEditedMeeting`) takes the lock too and must not wait for a whole build.
        let staging: any SiteStaging
        do {
            staging = cache == nil ? try writer.stage(to: options.outputDirectory)
                : CollectingSiteStaging(writer: writer, directory: options.outputDirectory)
        } catch {
            diagnostics.append(error.diagnostic)
            return BuildReport(diagnostics: diagnostics, strict: options.strict)
        }
        defer { staging.abandon() }
        // A build without a cache from earlier builds in this process remembers its pages beside the
        // site, and keeps what an earlier build recorded there with the same inputs.
        let recordKey = cache == nil && staging.remembersPages ? pageRecordKey(catalog, templates) : nil
        let previous = recordKey.flatMap { key in
            staging.liveFile(PageRecord.path, limit: PageRecord.readLimit).flatMap(PageRecord.init(bytes:)).flatMap { $0.key == key ? $0 : nil }
        }
        progress?(.stage("Renderar sidor"))
        let inputDigests = recordKey == nil ? [:] : catalog.meetingPageDigests()
        let made = renderPages(pages, templates: templates, into: staging, previous: previous, inputDigests: inputDigests,
                               diagnostics: &diagnostics)
        progress?(.stage(search.indexesDuringBuild ? "Skriver flöden och öppna data, bygger sökindexet" : "Skriver flöden och öppna data"))
        // Pagefind indexes the changed shards in processes of its own, on little more than one core,
        // while the feeds and the open data are made beside it.
        let builder = self
        let failedPages = diagnostics.hasErrors
        let ((index, searchProblems), (feeds, copied, copyProblems)) = concurrently({
            var problems = DiagnosticList()
            guard !failedPages else { return ((files: [OutputFile](), toIndex: [OutputFile]?.none), problems) }
            let index = builder.searchIndex(of: made.searchDocuments, options, pages: pages, templates: templates, diagnostics: &problems)
            return (index, problems)
        }, {
            var problems = DiagnosticList()
            let feeds = FeedCatalog.files(catalog, pages: pages)
            let copied = copiedFiles(options, content: content, diagnostics: &problems)
            return (feeds, copied, problems)
        })
        diagnostics.append(contentsOf: copyProblems)
        diagnostics.append(contentsOf: searchProblems)
        guard !diagnostics.hasErrors else { return BuildReport(diagnostics: diagnostics, strict: options.strict) }

        progress?(.stage("Skriver webbplatsen"))
        var report = BuildReport(diagnostics: diagnostics, strict: options.strict)
        report.searchPagesToIndex = index.toIndex
        var rest = feeds + copied + index.files
        if let recordKey { rest.append(PageRecord(key: recordKey, entries: made.entries).file) }
        do {
            report.published = try staging.finish(adding: rest)
        } catch {
            report.diagnostics.append(error.diagnostic)
            return report
        }
        // The record is the build's own note, not a file of the site.
        report.published.written.removeAll { $0 == PageRecord.path }
        cache?.finishBuild()
        cache?.remember(catalog, templates)
        report.pageCount = pages.count
        report.pagesRendered = made.rendered
        let pagePaths = Set(pages.map(\.outputPath))
        report.pagesWritten = report.published.written.count { pagePaths.contains($0) }
        report.pagesUnchanged = pages.count - report.pagesWritten
        return report
    }

    /// What every page recorded beside the site also depends on: this program, the templates, the
    /// site-wide inputs and whether the build makes search documents.
    private func pageRecordKey(_ catalog: PageCatalog, _ templates: TemplateSet) -> StableDigest? {
        guard let program = ProgramIdentity.digest else { return nil }
        var hasher = StableHasher()
        hasher.add(PageRecord.path)
        hasher.add(word: program.high)
        hasher.add(word: program.low)
        for (name, source) in templates.sources.sorted(by: { $0.key < $1.key }) {
            hasher.add(name)
            hasher.add(source)
        }
        let siteWide = catalog.siteWideDigest
        hasher.add(word: siteWide.high)
        hasher.add(word: siteWide.low)
        hasher.add(word: search.offersSearch ? 1 : 0)
        return hasher.finish()
    }

    /// The search index's files for the searchable pages' `documents`, and the pages still to index
    /// when the index is deferred and a shard at hand was made from other pages. A shard that must be
    /// indexed gets the documents of its pages kept from the site as they were (`pages`, `templates`).
    private func searchIndex(of documents: [SearchDocument], _ options: BuildOptions, pages: [Page], templates: TemplateSet,
                             diagnostics: inout DiagnosticList) -> (files: [OutputFile], toIndex: [OutputFile]?) {
        switch search {
        case .disabled:
            return ([], nil)
        case .unavailable:
            diagnostics.append(.warning(SourceLocation(path: join(options.outputDirectory, SiteURL.outputPath(of: SiteURL.search))),
                                        "Pagefind hittades inte: webbplatsen byggs utan sökindex och söksidan säger att sökning saknas",
                                        hint: "installera Pagefind (make venv lägger det i .venv/bin/pagefind)"))
            return ([], nil)
        case let .during(indexer):
            var shards = SearchIndex.shards(of: documents, indexer: indexer)
            var live = SearchIndex.live(in: options.outputDirectory, fileSystem: fileSystem, keepingOnly: SearchIndex.digests(of: shards))
            let kept = Set(live.shards.map(\.name))
            let unmade = shards.filter { !kept.contains($0.name) }.flatMap { $0.documents.filter { $0.bytes == nil } }
            if !unmade.isEmpty {
                let made = searchDocuments(for: unmade, pages: pages, templates: templates, diagnostics: &diagnostics)
                let all = documents.map { made[$0.path] ?? $0 }
                shards = SearchIndex.shards(of: all, indexer: indexer)
                let digests = SearchIndex.digests(of: shards)
                live = SearchIndex(shards: live.shards.filter { digests[$0.name] == $0.digest })
            }
            do {
                return (try SearchIndex.make(shards, with: indexer, keeping: live).files, nil)
            } catch {
                diagnostics.append(error.diagnostic)
                return ([], nil)
            }
        case let .deferred(indexer, ready):
            // The newest index this preview made is the one it published: no need to read it back.
            let current = ready ?? SearchIndex.live(in: options.outputDirectory, fileSystem: fileSystem)
            let (index, isCurrent) = current.deferred(to: SearchIndex.digests(of: SearchIndex.shards(of: documents, indexer: indexer)))
            guard !isCurrent else { return (index.files, nil) }
            // The pages to index later are every searchable page, those kept from the site included.
            let unmade = documents.filter { $0.bytes == nil }
            let made = unmade.isEmpty ? [:] : searchDocuments(for: unmade, pages: pages, templates: templates, diagnostics: &diagnostics)
            return (index.files, SearchDocuments.asPages(documents.map { made[$0.path] ?? $0 }))
        }
    }

    /// The content folder's history; what is wrong with it is a warning, never a stop.
    private func sourceHistory(_ options: BuildOptions, diagnostics: inout DiagnosticList) -> SourceHistory {
        progress?(.stage("Läser historiken"))
        let (history, problems) = history.history(ofContentAt: options.contentDirectory)
        diagnostics.append(contentsOf: problems)
        return history
    }

    /// Load, decode and validate, then render Markdown and check links: everything short of pages.
    private func validatedContent(_ options: BuildOptions, diagnostics: inout DiagnosticList) -> (SiteContent, RenderedContent)? {
        progress?(.stage("Läser innehållet"))
        let loader = ContentLoader(fileSystem: fileSystem, parser: parser, cache: cache?.decoded)
        let (loaded, loadDiagnostics) = loader.load(contentDirectory: options.contentDirectory)
        diagnostics.append(contentsOf: loadDiagnostics)
        guard let content = loaded else { return nil }
        diagnostics.append(contentsOf: AttachmentScanner.diagnostics(for: content.files, options, fileSystem: fileSystem, scanner: attachments))
        progress?(.stage("Kontrollerar innehållet och renderar Markdown"))
        // The checks are serial and the Markdown is rendered on every core: side by side, no core waits.
        let markdownCache = cache?.markdown
        let (problems, rendered) = concurrently({
            ReferenceValidator.validate(content)
                + ConsistencyValidator.validate(content, today: options.today)
                + AssignmentValidator.validate(content, AssignmentRegister(content), today: options.today)
                + ApprovalValidator.validate(content, ApprovalRegister(content))
        }, {
            RenderedContent.render(content, cache: markdownCache)
        })
        diagnostics.append(contentsOf: problems)
        progress?(.stage("Kontrollerar länkar"))
        diagnostics.append(contentsOf: LinkValidator.validate(content, rendered))
        return (content, rendered)
    }

    /// The search documents of pages the build kept from the site without making them (`unmade`,
    /// known by their digests), made now because their shard must be indexed; by path.
    private func searchDocuments(for unmade: [SearchDocument], pages: [Page], templates: TemplateSet,
                                 diagnostics: inout DiagnosticList) -> [String: SearchDocument] {
        let wanted = Set(unmade.map(\.path))
        let made = pages.filter { wanted.contains($0.outputPath) }.parallelMap { page in
            templates.render(page, context: page.context, searchDocument: true)
                .map { SearchDocuments.document(page, RenderedPage(html: $0.page, searchDocument: $0.search)) }
        }
        var result: [String: SearchDocument] = [:]
        for document in made {
            switch document {
            case let .success(document): result[document.path] = document
            case let .failure(diagnostic): diagnostics.append(diagnostic)
            }
        }
        return result
    }

    /// What `renderPages` made: the searchable pages' documents, what to record of each page with an
    /// inputs digest, and how many pages were rendered (not taken from a cache or kept from the site).
    private struct MadePages {
        var searchDocuments: [SearchDocument] = []
        var entries: [String: PageRecord.Entry] = [:]
        var rendered = 0
    }

    /// Applies the templates to every page, in parallel, and hands each page to `staging` as soon as it
    /// is made, keeping only its search document. A page whose inputs digest (`inputDigests`, by URL:
    /// the meeting pages of a build that records its pages) `previous` records is kept
    /// from the site as it is, when the file there still has the recorded bytes; a page whose data and
    /// templates are what they were in the cached build is taken from there. With search, a searchable
    /// page also gets its search document.
    private func renderPages(_ pages: [Page], templates: TemplateSet, into staging: any SiteStaging, previous: PageRecord?,
                             inputDigests: [String: StableDigest], diagnostics: inout DiagnosticList) -> MadePages {
        cache?.useTemplates(templates.sources)
        let counter = ProgressCounter(total: pages.count, report: progress)
        let cache = self.cache
        let withSearch = search.offersSearch
        enum Outcome {
            case failed(Diagnostic)
            case made(search: SearchDocument?, entry: PageRecord.Entry?, rendered: Bool)
        }
        // Each page's data is made, rendered, handed to the staging and dropped on one core.
        let results = pages.parallelMap { page -> Outcome in
            defer { counter.advance() }
            let wantsSearchDocument = withSearch && page.isSearchable
            let path = page.outputPath
            let inputs = inputDigests[page.url]
            if let inputs, let entry = previous?.entries[path], entry.inputs == inputs, !wantsSearchDocument || entry.search != nil {
                do throws(OutputError) {
                    if try staging.carry(path, size: entry.size, digest: entry.html) {
                        let document = wantsSearchDocument
                            ? entry.search.map { SearchDocument(path: path, shard: SearchDocuments.shard(of: path), digest: $0) } : nil
                        return .made(search: document, entry: entry, rendered: false)
                    }
                } catch {
                    return .failed(error.diagnostic)
                }
            }
            func usable(_ cached: RenderedPage?) -> RenderedPage? {
                cached.flatMap { !wantsSearchDocument || $0.searchDocument != nil ? $0 : nil }
            }
            let made: RenderedPage
            var rendered = false
            // Without a cache there is nothing to reuse, and the key is not made.
            let key = cache == nil ? nil : page.reuseKey
            if let key, let cached = usable(cache?.page(page, reusing: key)) {
                made = cached
            } else {
                let context = page.context
                if let cached = usable(cache?.page(page, context: context)) {
                    made = cached
                } else {
                    switch templates.render(page, context: context, searchDocument: wantsSearchDocument) {
                    case let .success(result):
                        made = RenderedPage(html: result.page, searchDocument: result.search)
                        cache?.store(page, reuseKey: key, context: context, rendered: made)
                        rendered = true
                    case let .failure(diagnostic):
                        return .failed(diagnostic)
                    }
                }
            }
            do throws(OutputError) {
                _ = try staging.add(OutputFile(path: path, bytes: made.html))
            } catch {
                return .failed(error.diagnostic)
            }
            let document = wantsSearchDocument ? SearchDocuments.document(page, made) : nil
            let entry = inputs.map {
                PageRecord.Entry(inputs: $0, size: made.html.count, html: StableHasher.digest(of: made.html), search: document?.digest)
            }
            return .made(search: document, entry: entry, rendered: rendered)
        }
        var result = MadePages()
        for (page, outcome) in zip(pages, results) {
            switch outcome {
            case let .failed(diagnostic):
                diagnostics.append(diagnostic)
            case let .made(document, entry, rendered):
                if let document { result.searchDocuments.append(document) }
                if let entry { result.entries[page.outputPath] = entry }
                if rendered { result.rendered += 1 }
            }
        }
        return result
    }

    /// Attachments from `content/files/` and assets from `templates/assets/`, as they are.
    private func copiedFiles(_ options: BuildOptions, content: SiteContent, diagnostics: inout DiagnosticList) -> [OutputFile] {
        var sources = content.files.map { (join(options.contentDirectory, "files/" + $0), "files/" + $0) }
        // Links and unreadable folders among the assets are reported by `TemplateSet.load`.
        let assets = (try? fileSystem.files(under: join(options.templatesDirectory, "assets")))?.files ?? []
        sources += assets.map { (join(options.templatesDirectory, "assets/" + $0), "assets/" + $0) }
        return sources.compactMap { source, target in
            do {
                return OutputFile(path: target, bytes: try fileSystem.readFile(at: source))
            } catch {
                diagnostics.append(.error(SourceLocation(path: source), "filen kan inte läsas"))
                return nil
            }
        }
    }
}
