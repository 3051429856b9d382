import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Every name a template uses exists in the data that template receives, so renaming a field in
/// `Sources/SamverkanKit/Pages/Contexts/` (or a typo in a template) fails here with the template's
/// file and line instead of leaving a blank on the page. The data is the fixture site's pages,
/// converted exactly as `TemplateSet.render` converts them.
@Suite struct TemplateNameTests {
    /// Every template of `templates/` by name: `meeting`, `base`, `partials/meeting-entry`.
    static let sources: [String: String] = {
        let folder = Fixture.repositoryFolder.appendingPathComponent("templates")
        let disk = DiskFileSystem()
        var sources: [String: String] = [:]
        for path in (try? disk.files(under: folder.path))?.files ?? [] where path.hasSuffix(".mustache") {
            let bytes = (try? disk.readFile(at: folder.path + "/" + path)) ?? []
            sources[String(path.dropLast(".mustache".count))] = String(decoding: bytes, as: UTF8.self)
        }
        return sources
    }()

    static let templateNames = sources.keys.sorted()

    /// The outcome for the real templates, computed once for every template's test.
    static let result = check(sources)

    static func check(_ sources: [String: String]) -> (problems: [String: [String]], checked: Set<String>) {
        let files = Fixture.fileSystem()
        let (loaded, _) = ContentLoader(fileSystem: files).load(contentDirectory: "content")
        guard let content = loaded else { return ([:], []) }
        let rendered = RenderedContent.render(content)
        var shapes: [String: TemplateDataShape] = [:]
        for page in PageCatalog(content: content, rendered: rendered, today: Fixture.today).pages() {
            let shape = shapes[page.template] ?? TemplateDataShape()
            shape.add(TemplateValueTests.plain(page.context.templateValue))
            shape.addDeclaredFields(of: page.context)
            shapes[page.template] = shape
        }
        // The search document takes the place of `base` for the searchable pages, a meeting's among them.
        shapes[TemplateSet.searchLayout] = shapes["meeting"]
        return TemplateNameCheck(sources: sources, directory: "templates").run(shapes: shapes)
    }

    @Test(arguments: templateNames)
    func everyNameTheTemplateUsesIsInItsData(_ template: String) {
        let file = "templates/\(template).mustache"
        #expect(Self.result.checked.contains(template),
                "\(file) används inte av någon sida i fixturen och kontrolleras inte")
        let problems = Self.result.problems[file] ?? []
        #expect(problems.isEmpty, "\n\(problems.joined(separator: "\n"))")
    }

    @Test func aRenamedNameIsReportedWithItsFileAndLine() throws {
        var sources = Self.sources
        let entry = try #require(sources["partials/meeting-entry"])
        sources["partials/meeting-entry"] = entry.replacingOccurrences(of: "{{timeText}}", with: "{{timeTxt}}")
        let base = try #require(sources["base"])
        sources["base"] = base.replacingOccurrences(of: "{{layout.siteTitle}}</a>", with: "{{layout.siteTitel}}</a>")
        let meeting = try #require(sources["meeting"])
        // `href` exists elsewhere in the page's data (the menu's links), but not in a section.
        sources["meeting"] = meeting.replacingOccurrences(of: "{{topicHref}}", with: "{{href}}")
        let problems = Self.check(sources).problems
        #expect(problems["templates/partials/meeting-entry.mustache"] == [
            "templates/partials/meeting-entry.mustache:16: '{{timeTxt}}' finns inte i data som mallen får",
        ])
        #expect(problems["templates/base.mustache"] == [
            "templates/base.mustache:31: '{{layout.siteTitel}}' finns inte i data som mallen får",
        ])
        #expect(problems["templates/meeting.mustache"] == [
            "templates/meeting.mustache:90: '{{href}}' finns inte i data som mallen får",
        ])
    }

    @Test func tagsAreReadWithTheirLines() {
        let tags = TemplateNameScanner.tags(in: "{{! a\ncomment }}\n<p>{{{html}}} {{&raw}}\n{{^empty(list)}}{{#last()}}{{/last()}}{{/empty(list)}}")
        #expect(tags.map(\.kind) == [.comment, .variable, .variable, .invertedSection, .section, .close, .close])
        #expect(tags.map(\.line) == [1, 3, 3, 4, 4, 4, 4])
        #expect(tags.filter { $0.kind != .comment }.map(\.lookedUpName) == ["html", "raw", "list", "", "", "list"])
    }
}
