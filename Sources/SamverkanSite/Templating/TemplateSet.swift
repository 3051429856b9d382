import Mustache
import SamverkanLoading
import SamverkanModel

/// The Mustache templates of `templates/`, read at build time so editing one needs no recompiling.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// Template names and the file each came from, for messages.
    let files: [String: String]
    /// Every template's text by name: a page rendered with other texts must be rendered again.
    let sources: [String: String]
    let directory: String

    /// Stage 7a: reads every `.mustache` file under `directory`; `partials/x.mustache` is named `partials/x`.
    /// Every template that does not parse is reported with its line and column.
    public static func load(from directory: String, fileSystem: FileSystem) -> (TemplateSet?, [Diagnostic]) {
        let listing: FileListing
        do {
            listing = try fileSystem.files(under: directory)
        } catch {
            return (nil, [.error(SourceLocation(path: directory), "mallmappen finns inte",
                                 hint: "ange rätt mallmapp")])
        }
        HTMLEscaping.registered
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
            do {
                try library.register(HTMLEscaping.pragmaLine + text, named: name)
                files[name] = displayPath
                sources[name] = text
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(
                    // Line 1 is the added pragma line: the file's lines are one further down.
                    SourceLocation(path: displayPath, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                    "mallen kan inte tolkas: \(describe(error.error))",
                    hint: "kontrollera att varje {{#namn}} avslutas med {{/namn}}"))
            } catch {
                diagnostics.append(.error(SourceLocation(path: displayPath), "mallen kan inte tolkas: \(error)"))
            }
        }
        return (TemplateSet(library: library, files: files, sources: sources, directory: directory), diagnostics)
    }

    /// Stage 7b: renders one page. A template that does not exist is an error, never an empty page.
    public func render(_ page: Page) -> Result<String, Diagnostic> {
        render(page, context: page.context)
    }

    /// Renders one page with its data already made.
    func render(_ page: Page, context: PageContext) -> Result<String, Diagnostic> {
        guard let html = library.render(context.templateValue, withTemplate: page.template) else {
            return .failure(.error(SourceLocation(path: join(directory, page.template + ".mustache")),
                                   "mallen '\(page.template)' saknas: sidan \(page.url) kan inte skapas",
                                   hint: "skapa \(join(directory, page.template + ".mustache"))"))
        }
        return .success(html)
    }

    /// The names of the templates the pages need, to check them before rendering anything.
    public func missing(_ names: Set<String>) -> [String] {
        names.filter { files[$0] == nil }.sorted()
    }

    private static func describe(_ error: Error) -> String {
        let text = String(describing: error)
        switch text {
        case "sectionCloseNameIncorrect": return "en sektion avslutas med fel namn"
        case "unfinishedName": return "en tagg {{…}} avslutas aldrig"
        case "expectedSectionEnd": return "en sektion {{#…}} avslutas aldrig"
        default: return text
        }
    }
}
