import Testing
@testable import SamverkanLoading
@testable import SamverkanModel
import SamverkanTestDoubles

/// A place left to fill in (`[FYLL I: …]`) is a warning at its line and column, never an error.
@Suite struct FillInMarkerTests {
    @Test func eachMarkerIsAWarningAtItsPlace() {
        let text = "---\ntitle: Om\n---\nSkriv till [FYLL I: e-post] eller ring [FYLL I: telefon].\nÅ [FYLL I: år]\n"
        #expect(FillInMarker.diagnostics(in: text, path: "content/pages/om.md").map(\.description) == [
            "content/pages/om.md:4:12: warning: här finns något kvar att fylla i: [FYLL I: e-post] — skriv in uppgiften i stället för markeringen [FYLL I: …]",
            "content/pages/om.md:4:40: warning: här finns något kvar att fylla i: [FYLL I: telefon] — skriv in uppgiften i stället för markeringen [FYLL I: …]",
            "content/pages/om.md:5:3: warning: här finns något kvar att fylla i: [FYLL I: år] — skriv in uppgiften i stället för markeringen [FYLL I: …]",
        ])
    }

    @Test func anUnclosedMarkerIsShownToTheEndOfItsLine() {
        #expect(FillInMarker.diagnostics(in: "a [FYLL I: namn\nb]", path: "x.md").map(\.message) == [
            "här finns något kvar att fylla i: [FYLL I: namn",
        ])
        #expect(FillInMarker.diagnostics(in: "[FYLL I:", path: "x.md").map(\.message) == ["här finns något kvar att fylla i: [FYLL I:"])
        #expect(FillInMarker.diagnostics(in: "[FYLL", path: "x.md").isEmpty)
    }

    @Test func theLoaderReportsMarkersInEveryContentFile() {
        let files = InMemoryFileSystem([
            "content/site.yml": "title: \"[FYLL I: namn]\"\n",
            "content/pages/om.md": "---\ntitle: Om\n---\n[FYLL I: text]\n",
        ])
        let (content, diagnostics) = ContentLoader(fileSystem: files).load(contentDirectory: "content")
        #expect(content != nil)
        #expect(diagnostics.sorted.map(\.description) == [
            "content/pages/om.md:4:1: warning: här finns något kvar att fylla i: [FYLL I: text] — skriv in uppgiften i stället för markeringen [FYLL I: …]",
            "content/site.yml:1:9: warning: här finns något kvar att fylla i: [FYLL I: namn] — skriv in uppgiften i stället för markeringen [FYLL I: …]",
        ])
    }
}
