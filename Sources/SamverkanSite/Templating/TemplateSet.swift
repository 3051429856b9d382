import SamverkanLoading
import SamverkanModel
import SamverkanMustache

/// The Mustache templates of `templates/`, read and compiled once per build (editing one needs no
/// recompiling of samverkan) by our own engine, `SamverkanMustache`.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// The same templates with `search-document` in the place of `base`: what the search index reads
    /// of a page (`nil` when there is no `search-document.mustache`: then it reads whole pages).
    let searchLibrary: MustacheLibrary?
    /// Template names and the file each came from, for messages.
    let files: [String: String]
    /// Every template's text by name: a page rendered with other texts must be rendered again.
    let sources: [String: String]
    let directory: String

    /// Stage 7a: reads every `.mustache` file under `directory`; `partials/x.mustache` is named
    /// `partials/x`. Every template that does not parse is reported with its line and column, and
    /// every partial or parent that does not exist at its tag.
    public static func load(from directory: String, fileSystem: FileSystem) -> (TemplateSet?, [Diagnostic]) {
        let listing: FileListing
        do {
            listing = try fileSystem.files(under: directory)
        } catch {
            return (nil, [.error(SourceLocation(path: directory), "mallmappen finns inte",
                                 hint: "ange rätt mallmapp")])
        }
        var library = MustacheLibrary()
        var files: [String: String] = [:]
        var sources: [String: String] = [:]
        var diagnostics = listing.refused.map { RefusedEntryDiagnostic.diagnostic($0, in: directory) }
        for path in listing.files where path.hasSuffix(".mustache") {
            let displayPath = join(directory, path)
            guard let bytes = try? fileSystem.readFile(at: displayPath) else {
                diagnostics.append(.error(SourceLocation(path: displayPath), "mallen kan inte läsas"))
                continue
            }
            let (decoded, textDiagnostics) = SourceText.decode(bytes, path: displayPath)
            diagnostics.append(contentsOf: textDiagnostics)
            guard let text = decoded else { continue }
            let name = String(path.dropLast(".mustache".count))
            files[name] = displayPath
            do throws(MustacheError) {
                try library.register(name: name, source: text)
                sources[name] = text
            } catch {
                diagnostics.append(diagnostic(error, path: displayPath, prefix: "mallen kan inte tolkas: "))
            }
        }
        // A partial named in a template that parsed but does not exist would render as nothing.
        for error in library.missingPartials() {
            diagnostics.append(diagnostic(error, path: files[error.templateName] ?? join(directory, error.templateName + ".mustache")))
        }
        var searchLibrary: MustacheLibrary?
        if let layout = sources[searchLayout], let template = try? MustacheTemplate(name: "base", source: layout) {
            searchLibrary = library
            searchLibrary?.register(template)
        }
        return (TemplateSet(library: library, searchLibrary: searchLibrary, files: files, sources: sources, directory: directory),
                diagnostics)
    }

    /// The layout the search index reads pages through, in place of `base`.
    static let searchLayout = "search-document"

    /// An engine error as a located diagnostic.
    static func diagnostic(_ error: MustacheError, path: String, prefix: String = "") -> Diagnostic {
        .error(SourceLocation(path: path, line: error.line, column: error.column), prefix + error.message, hint: error.hint)
    }

    /// Stage 7b: renders one page. A template that does not exist is an error, never an empty page.
    public func render(_ page: Page) -> Result<String, Diagnostic> {
        render(page, context: page.context).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Renders one page with its data already made.
    func render(_ page: Page, context: PageContext) -> Result<[UInt8], Diagnostic> {
        render(page, context: context, searchDocument: false).map(\.page)
    }

    /// Renders one page with its data already made, and with `searchDocument` (and a
    /// `search-document.mustache`) also what the search index reads of it: the page's own content
    /// in the search layout, without the navigation, header and footer of `base`.
    func render(_ page: Page, context: PageContext, searchDocument: Bool) -> Result<(page: [UInt8], search: [UInt8]?), Diagnostic> {
        guard library.template(named: page.template) != nil else {
            return .failure(.error(SourceLocation(path: join(directory, page.template + ".mustache")),
                                   "mallen '\(page.template)' saknas: sidan \(page.url) kan inte skapas",
                                   hint: "skapa \(join(directory, page.template + ".mustache"))"))
        }
        do throws(MustacheError) {
            let value = context.templateValue
            let html = try library.render(page.template, with: value)
            guard searchDocument, let searchLibrary else { return .success((html, nil)) }
            return .success((html, try searchLibrary.render(page.template, with: value)))
        } catch {
            let path = files[error.templateName] ?? join(directory, error.templateName + ".mustache")
            return .failure(Self.diagnostic(error, path: path, prefix: "sidan \(page.url) kan inte skapas: "))
        }
    }

    /// The names of the templates the pages need, to check them before rendering anything.
    public func missing(_ names: Set<String>) -> [String] {
        names.filter { files[$0] == nil }.sorted()
    }

    /// Every name a page template (and what it includes) uses that its page kind's data cannot
    /// have: an error at its tag. `shapes` gives each page template's data shape.
    public func unknownNames(_ shapes: [String: TemplateShape]) -> [Diagnostic] {
        TemplateNameCheck(library: library, files: files).problems(shapes: shapes)
    }
}
