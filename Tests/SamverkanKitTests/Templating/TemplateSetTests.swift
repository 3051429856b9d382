import Testing
@testable import SamverkanLoading
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Loading and rendering templates: errors at the template's own line, values escaped for HTML.
@Suite struct TemplateSetTests {
    @Test func aTemplateThatDoesNotParseIsReportedAtItsOwnLine() {
        let files = InMemoryFileSystem(["templates/sida.mustache": "<h1>{{title}}</h1>\n<ul>\n{{#items}}\n<li>{{.}}</li>\n"])
        let (_, diagnostics) = TemplateSet.load(from: "templates", fileSystem: files)
        #expect(diagnostics.map(\.description) == [
            "templates/sida.mustache:5:1: error: mallen kan inte tolkas: en sektion {{#…}} avslutas aldrig — kontrollera att varje {{#namn}} avslutas med {{/namn}}",
        ])
    }

    @Test func valuesAreEscapedForHTMLAndTripleMustacheIsNot() throws {
        struct Data: TemplateValue, Sendable, Hashable {
            var text: String
            var templateValue: [String: Any] { ["text": text] }
        }
        let files = InMemoryFileSystem(["templates/sida.mustache": "{{! kommentar }}\n<p title=\"{{text}}\">{{text}}</p>{{{text}}}\n"])
        let (loaded, diagnostics) = TemplateSet.load(from: "templates", fileSystem: files)
        #expect(diagnostics.isEmpty)
        let templates = try #require(loaded)
        let page = Page(url: "/sida/", template: "sida", context: Data(text: "Åsa & <b>\"Bo\"</b> 's"))
        #expect(try templates.render(page).get()
                == "<p title=\"Åsa &amp; &lt;b&gt;&quot;Bo&quot;&lt;/b&gt; &#39;s\">Åsa &amp; &lt;b&gt;&quot;Bo&quot;&lt;/b&gt; &#39;s</p>Åsa & <b>\"Bo\"</b> 's\n")
    }

    @Test func escapingMatchesSwiftMustachesOwn() {
        for text in ["", "vanlig text", "<>&\"'", "Göteborg & Borås", "a<b>c&d\"e'f", "🙂 & 🙃"] {
            #expect(HTMLEscaping.escape(text) == text.replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
                .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;"))
        }
    }
}
