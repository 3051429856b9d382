import Testing
@testable import SamverkanLoading
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanMustache
import SamverkanTestDoubles

/// Loading and rendering templates: errors at the template's own line, values escaped for HTML,
/// names and partials that no page can have reported before anything is rendered.
@Suite struct TemplateSetTests {
    struct Data: TemplateValue, Sendable, Hashable {
        var text: String
        var secretary: String?
        var templateValue: MustacheValue {
            .object(MustacheObject(["text": .string(text), "secretary": secretary.map { .string($0) } ?? .bool(false)]))
        }
        static var templateShape: TemplateShape { .object([("text", .scalar), ("secretary", .scalar)]) }
    }

    func load(_ templates: [String: String]) -> (TemplateSet?, [String]) {
        let files = InMemoryFileSystem(Dictionary(uniqueKeysWithValues: templates.map { ("templates/\($0.key).mustache", $0.value) }))
        let (loaded, diagnostics) = TemplateSet.load(from: "templates", fileSystem: files)
        return (loaded, diagnostics.map(\.description))
    }

    @Test func anUnclosedSectionIsReportedAtItsOpeningTagByName() {
        let (_, lines) = load(["sida": "<h1>{{text}}</h1>\n<dl>\n  {{#secretary}}\n<dd>{{secretary}}</dd>\n</dl>\n"])
        #expect(lines == [
            "templates/sida.mustache:3:3: error: mallen kan inte tolkas: en sektion {{#secretary}} avslutas aldrig — skriv {{/secretary}} där sektionen slutar",
        ])
    }

    @Test func aSectionClosedWithAnotherNameNamesBoth() {
        let (_, lines) = load(["sida": "{{#secretary}}\n<p>{{text}}</p>\n{{/sekreterare}}\n"])
        #expect(lines == [
            "templates/sida.mustache:3:1: error: mallen kan inte tolkas: {{/sekreterare}} avslutar {{#secretary}} från rad 1 — skriv {{/secretary}} om det är {{#secretary}} som slutar här, eller rätta namnet",
        ])
    }

    @Test func aPartialThatDoesNotExistIsReportedAtItsTag() {
        let (_, lines) = load(["sida": "<p>{{text}}</p>\n  {{>partials/decision-asignment}}\n", "partials/decision-assignment": "x"])
        #expect(lines == ["templates/sida.mustache:2:3: error: partialen {{>partials/decision-asignment}} finns inte — det finns ingen mall med namnet \"partials/decision-asignment\": skapa den eller rätta namnet"])
    }

    @Test func aNameNoPageCanHaveIsReportedWithTheClosestKnownOne() throws {
        let (loaded, _) = load(["sida": "<p>{{text}}</p>\n<dd>{{secretery}}</dd>\n{{#secretary}}{{.}}{{text}}{{/secretary}}\n"])
        let templates = try #require(loaded)
        #expect(templates.unknownNames(["sida": Data.templateShape]).map(\.description) == [
            "templates/sida.mustache:2:5: error: namnet 'secretery' finns inte i det mallen får här, så {{secretery}} blir alltid tomt; menade du 'secretary'? — docs/templates.md visar vilka namn varje mall får",
        ])
    }

    @Test func theRealTemplatesUseOnlyNamesTheirPagesHave() throws {
        let (loaded, lines) = TemplateSet.load(from: Fixture.repositoryFolder.appendingPathComponent("templates").path, fileSystem: DiskFileSystem())
        #expect(lines.isEmpty, "\(lines)")
        let templates = try #require(loaded)
        #expect(templates.unknownNames(PageCatalog.templateShapes).map(\.description) == [])
        // Every page template has its shape, and so has the search document, which is no page of its own.
        #expect(Set(PageCatalog.templateShapes.keys) == PageCatalog.templateNames.union([TemplateSet.searchLayout]))
    }

    @Test func valuesAreEscapedForHTMLAndTripleMustacheIsNot() throws {
        let (loaded, lines) = load(["sida": "{{! kommentar }}\n<p title=\"{{text}}\">{{text}}</p>{{{text}}}\n"])
        #expect(lines.isEmpty)
        let templates = try #require(loaded)
        let page = Page(url: "/sida/", template: "sida", context: Data(text: "Åsa & <b>\"Bo\"</b> 's"))
        #expect(try templates.render(page).get()
                == "<p title=\"Åsa &amp; &lt;b&gt;&quot;Bo&quot;&lt;/b&gt; &#39;s\">Åsa &amp; &lt;b&gt;&quot;Bo&quot;&lt;/b&gt; &#39;s</p>Åsa & <b>\"Bo\"</b> 's\n")
    }
}
