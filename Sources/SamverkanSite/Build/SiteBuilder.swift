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
        progress?(.stage("Renderar sidor"))
        let (files, searchDocuments, pagesRendered) = renderPages(pages, templates: templates, diagnostics: &diagnostics)
        progress?(.stage(search.indexesDuringBuild ? "Skriver flöden och öppna data, bygger sökindexet" : "Skriver flöden och öppna data"))
        // Pagefind indexes the changed shards in processes of its own, on little more than one core,
        // while the feeds and the open data are made beside it.
        let builder = self
        let ((index, searchProblems), (feeds, copied, copyProblems)) = concurrently({
            var problems = DiagnosticList()
            let index = builder.searchIndex(of: searchDocuments, options, diagnostics: &problems)
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
        do {
            report.published = try writer.publish(files + feeds + copied + index.files, to: options.outputDirectory)
        } catch {
            report.diagnostics.append(error.diagnostic)
            return report
        }
        cache?.finishBuild()
        cache?.remember(catalog, templates)
        report.pageCount = files.count
        report.pagesRendered = pagesRendered
        let pagePaths = Set(files.map(\.path))
        report.pagesWritten = report.published.written.count { pagePaths.contains($0) }
        report.pagesUnchanged = files.count - report.pagesWritten
        return report
    }

    /// The search index's files for the searchable pages' `documents`, and the pages still to index
    /// when the index is deferred and a shard at hand was made from other pages.
    private func searchIndex(of documents: [SearchDocument], _ options: BuildOptions,
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
            let shards = SearchIndex.shards(of: documents, indexer: indexer)
            let live = SearchIndex.live(in: options.outputDirectory, fileSystem: fileSystem, keepingOnly: SearchIndex.digests(of: shards))
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
            return (index.files, isCurrent ? nil : SearchDocuments.asPages(documents))
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

    /// Applies the templates to every page, in parallel; a page whose data and templates are what
    /// they were in the cached build is taken from there. With search, a searchable page also gets
    /// its search document.
    private func renderPages(_ pages: [Page], templates: TemplateSet, diagnostics: inout DiagnosticList)
        -> (files: [OutputFile], searchDocuments: [SearchDocument], rendered: Int) {
        cache?.useTemplates(templates.sources)
        let counter = ProgressCounter(total: pages.count, report: progress)
        let cache = self.cache
        let withSearch = search.offersSearch
        // Each page's data is made, rendered and dropped on one core; only its bytes are kept.
        let results = pages.parallelMap { page -> (Result<RenderedPage, Diagnostic>, Bool) in
            defer { counter.advance() }
            let wantsSearchDocument = withSearch && page.isSearchable
            func usable(_ cached: RenderedPage?) -> RenderedPage? {
                cached.flatMap { !wantsSearchDocument || $0.searchDocument != nil ? $0 : nil }
            }
            // Without a cache there is nothing to reuse, and the key is not made.
            let key = cache == nil ? nil : page.reuseKey
            if let key, let cached = usable(cache?.page(page, reusing: key)) { return (.success(cached), false) }
            let context = page.context
            if let cached = usable(cache?.page(page, context: context)) { return (.success(cached), false) }
            let result = templates.render(page, context: context, searchDocument: wantsSearchDocument)
                .map { RenderedPage(html: $0.page, searchDocument: $0.search) }
            if case let .success(rendered) = result { cache?.store(page, reuseKey: key, context: context, rendered: rendered) }
            return (result, true)
        }
        var files: [OutputFile] = []
        var searchDocuments: [SearchDocument] = []
        files.reserveCapacity(pages.count)
        for (page, (result, _)) in zip(pages, results) {
            switch result {
            case let .success(rendered):
                files.append(OutputFile(path: page.outputPath, bytes: rendered.html))
                if withSearch, page.isSearchable { searchDocuments.append(SearchDocuments.document(page, rendered)) }
            case let .failure(diagnostic): diagnostics.append(diagnostic)
            }
        }
        return (files, searchDocuments, results.count { $0.1 })
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
