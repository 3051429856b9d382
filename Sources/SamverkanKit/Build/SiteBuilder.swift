/// The pipeline, start to end: load → validate → render Markdown → pages → templates → write.
/// Any error stops the run before the write, so a failed build leaves the output folder untouched.
public struct SiteBuilder: Sendable {
    public var fileSystem: FileSystem
    public var writer: SiteWriter
    public var parser: FrontMatterParser

    public init(fileSystem: FileSystem = DiskFileSystem(), writer: SiteWriter = DiskSiteWriter(),
                parser: FrontMatterParser = YamsFrontMatterParser()) {
        self.fileSystem = fileSystem
        self.writer = writer
        self.parser = parser
    }

    /// Checks the content as a build would, writing nothing.
    public func check(contentDirectory: String) -> BuildReport {
        var diagnostics = DiagnosticList()
        _ = validatedContent(contentDirectory, diagnostics: &diagnostics)
        return BuildReport(diagnostics: diagnostics, pagesWritten: 0, filesCopied: 0)
    }

    public func build(_ options: BuildOptions) -> BuildReport {
        var diagnostics = DiagnosticList()
        diagnostics.append(contentsOf: OutputFolderGuard.problems(options, fileSystem: fileSystem))
        let (templates, templateDiagnostics) = TemplateSet.load(from: options.templatesDirectory, fileSystem: fileSystem)
        diagnostics.append(contentsOf: templateDiagnostics)
        let validated = validatedContent(options.contentDirectory, diagnostics: &diagnostics)
        guard let (content, rendered) = validated, let templates, !diagnostics.hasErrors else {
            return BuildReport(diagnostics: diagnostics, pagesWritten: 0, filesCopied: 0)
        }

        let pages = PageCatalog(content: content, rendered: rendered, today: options.today).pages()
        let missing = templates.missing(Set(pages.map(\.template)))
        for name in missing {
            let path = join(options.templatesDirectory, name + ".mustache")
            diagnostics.append(.error(SourceLocation(path: path), "mallen '\(name)' saknas",
                                      hint: "skapa \(path); docs/templates.md visar vad mallen får"))
        }
        guard missing.isEmpty else {
            return BuildReport(diagnostics: diagnostics, pagesWritten: 0, filesCopied: 0)
        }
        let results = pages.parallelMap { page in templates.render(page).map { OutputFile(path: page.outputPath, text: $0) } }
        var files: [OutputFile] = []
        for result in results {
            switch result {
            case let .success(file): files.append(file)
            case let .failure(diagnostic): diagnostics.append(diagnostic)
            }
        }
        let copied = copiedFiles(options, content: content, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else {
            return BuildReport(diagnostics: diagnostics, pagesWritten: 0, filesCopied: 0)
        }
        do {
            try writer.publish(files + copied, to: options.outputDirectory)
        } catch {
            diagnostics.append(error.diagnostic)
            return BuildReport(diagnostics: diagnostics, pagesWritten: 0, filesCopied: 0)
        }
        return BuildReport(diagnostics: diagnostics, pagesWritten: files.count, filesCopied: copied.count)
    }

    /// Load, decode and validate, then render Markdown and check links: everything short of pages.
    private func validatedContent(_ directory: String, diagnostics: inout DiagnosticList) -> (SiteContent, RenderedContent)? {
        let (loaded, loadDiagnostics) = ContentLoader(fileSystem: fileSystem, parser: parser).load(contentDirectory: directory)
        diagnostics.append(contentsOf: loadDiagnostics)
        guard let content = loaded else { return nil }
        diagnostics.append(contentsOf: ReferenceValidator.validate(content))
        let rendered = RenderedContent.render(content)
        diagnostics.append(contentsOf: LinkValidator.validate(content, rendered))
        return (content, rendered)
    }

    /// Attachments from `content/files/` and assets from `templates/assets/`, as they are.
    private func copiedFiles(_ options: BuildOptions, content: SiteContent, diagnostics: inout DiagnosticList) -> [OutputFile] {
        var sources = content.files.map { (join(options.contentDirectory, "files/" + $0), "files/" + $0) }
        let assets = (try? fileSystem.files(under: join(options.templatesDirectory, "assets"))) ?? []
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
