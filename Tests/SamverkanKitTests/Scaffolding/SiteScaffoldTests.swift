import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// `samverkan init`: a new, empty site that check passes and build builds, never over a file.
@Suite struct SiteScaffoldTests {
    static func initialise(_ request: SiteScaffold.Request, in files: inout InMemoryFileSystem) -> SiteScaffoldResult {
        let writer = InMemoryScaffoldWriter(existing: files)
        let result = Scaffolder(fileSystem: files, writer: writer).newSite(request)
        for (path, text) in writer.created { files.write(text, to: path) }
        return result
    }

    @Test func aNewSiteChecksAndBuildsWithNoErrorsAndOnlyFillInWarnings() throws {
        var files = InMemoryFileSystem()
        let result = Self.initialise(.init(directory: ".", title: "Samverkan Norr", organisation: "Norrregionen och länets kommuner"), in: &files)
        #expect(result.succeeded)
        #expect(result.created.count == 3 + DefaultTemplates.files.count)
        #expect(result.created.prefix(3).map(\.path) == ["content/site.yml", "content/pages/om.md", "content/pages/tillganglighet.md"])
        #expect(files.contents["templates/base.mustache"] != nil)
        #expect(files.contents["templates/assets/style.css"] != nil)

        let (checked, lines) = Fixture.check(files)
        #expect(checked.succeeded)
        #expect(!lines.contains { $0.contains(": error:") })
        // Every warning is a place left to fill in, at its line and column.
        #expect(lines.count == 9)
        #expect(lines.allSatisfy { $0.contains(": warning: här finns något kvar att fylla i: [FYLL I:") }, "\(lines)")
        #expect(lines.first == "content/pages/om.md:5:122: warning: här finns något kvar att fylla i: "
            + "[FYLL I: en eller två meningar om vad samverkan gäller och vilka som deltar] — skriv in uppgiften i stället för markeringen [FYLL I: …]")

        let content = try #require(ScaffoldRun.load(files))
        #expect(content.settings.title == "Samverkan Norr")
        #expect(content.settings.organisation == "Norrregionen och länets kommuner")
        #expect(content.bodies.isEmpty && content.meetings.isEmpty && content.topics.isEmpty && content.milestones.isEmpty)
        #expect(content.pages.map(\.slug).sorted() == ["om", "tillganglighet"])

        let (built, site) = Fixture.build(files)
        #expect(!built.diagnostics.hasErrors, "\(built.diagnostics.sorted.map(\.description))")
        for page in ["index.html", "tidslinje/index.html", "organ/index.html", "beslut/index.html", "amnen/index.html",
                     "kommande/index.html", "uppdrag/index.html", "folj/index.html", "sok/index.html", "om/index.html",
                     "tillganglighet/index.html", "404.html", "feed.xml", "kalender.ics", "data/meetings.json",
                     "data/decisions.json", "data/assignments.json"] {
            #expect(site[page] != nil, "no \(page)")
        }
        #expect(site["om/index.html"]?.contains("de gemensamma organen för Norrregionen och länets kommuner.") == true)
        #expect(!site.values.contains { $0.contains("Västra Götaland") || $0.contains("VästKom") || $0.contains("vardsamverkan") })
    }

    @Test func theRegionsNameIsOnThePagesOnlyWhenSiteYmlPutsItThere() {
        var files = InMemoryFileSystem()
        _ = Self.initialise(.init(directory: ".", title: "Vårdsamverkan Västra Götaland", organisation: "Region Exempel"), in: &files)
        let (_, site) = Fixture.build(files)
        #expect(site["index.html"]?.contains("Vårdsamverkan Västra Götaland") == true)
        #expect(site["om/index.html"]?.contains("Region Exempel") == true)
    }

    @Test func theSiteSettingsExplainEverySettingTheLoaderAccepts() throws {
        let text = SiteScaffold.siteSettings(title: nil, organisation: nil)
        for field in SiteSettings.knownFields {
            #expect(text.contains("\n\(field): ") || text.contains("\n# \(field): "), "site.yml has no example of \(field)")
        }
        #expect(text.contains("title: \"[FYLL I: webbplatsens namn, t.ex. Samverkan Exempelregionen]\"\n"))
        #expect(text.contains("organisation: \"[FYLL I: organisationens namn, t.ex. Exempelregionen och länets kommuner]\"\n"))
    }

    @Test func withoutTitleOrOrganisationThePlacesToFillInAreMarkedAndTheSiteStillBuilds() throws {
        var files = InMemoryFileSystem()
        #expect(Self.initialise(.init(directory: "ny"), in: &files).succeeded)
        let about = try #require(ScaffoldRun.text(files, "ny/content/pages/om.md"))
        #expect(about.contains("Webbplatsen ges ut av [FYLL I: organisationens namn]."))
        let writer = InMemorySiteWriter()
        let report = SiteBuilder(fileSystem: files, writer: writer)
            .build(BuildOptions(contentDirectory: "ny/content", templatesDirectory: "ny/templates", outputDirectory: "ny/site",
                                today: Fixture.today))
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.sorted.map(\.description))")
        #expect(report.diagnostics.sorted.first?.description.hasPrefix("ny/content/pages/om.md:5:") == true)
    }

    @Test func aSecondInitRefusesEveryExistingFileAndWritesNothing() {
        var files = InMemoryFileSystem()
        _ = Self.initialise(.init(directory: "."), in: &files)
        files.write("changed", to: "content/pages/om.md")
        let before = files
        let result = Self.initialise(.init(directory: ".", title: "Annan"), in: &files)
        #expect(!result.succeeded)
        #expect(result.created.isEmpty)
        #expect(result.diagnostics.items.count == 3 + DefaultTemplates.files.count)
        #expect(result.diagnostics.sorted.first?.description
            == "content/pages/om.md: error: filen finns redan och skrivs inte över — välj en tom mapp för den nya webbplatsen, eller flytta filen")
        #expect(files.contents == before.contents)
    }

    @Test func oneExistingFileStopsTheWholeInit() {
        var files = InMemoryFileSystem(["site/content/site.yml": "title: Min\n", "site/notes.txt": "kvar"])
        let result = Self.initialise(.init(directory: "site"), in: &files)
        #expect(result.diagnostics.sorted.map(\.description) == [
            "site/content/site.yml: error: filen finns redan och skrivs inte över — välj en tom mapp för den nya webbplatsen, eller flytta filen",
        ])
        #expect(files.contents.keys.sorted() == ["site/content/site.yml", "site/notes.txt"])
    }

    @Test func aFileWhereAFolderShouldBeIsAClash() {
        var files = InMemoryFileSystem(["site/templates": "en fil"])
        let result = Self.initialise(.init(directory: "site"), in: &files)
        #expect(result.diagnostics.items.count == DefaultTemplates.files.count)
        #expect(files.contents.keys.sorted() == ["site/templates"])
    }

    @Test func anEmptyTitleIsAnErrorAtItsOption() {
        var files = InMemoryFileSystem()
        let result = Self.initialise(.init(directory: ".", title: " ", organisation: "a\nb"), in: &files)
        #expect(result.diagnostics.sorted.map(\.description) == [
            "organisation: error: organisationens namn ska vara en rad text — t.ex. \"Exempelregionen och länets kommuner\"",
            "titel: error: webbplatsens namn ska vara en rad text — t.ex. \"Samverkan Exempelregionen\"",
        ])
        #expect(files.contents.isEmpty)
    }

    @Test func onDiskNothingIsWrittenOverAndAFreshFolderBuilds() throws {
        let folder = try TemporaryFolder.make()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = Scaffolder().newSite(.init(directory: folder, title: "Prov"))
        #expect(first.succeeded)
        let siteFile = folder + "/content/site.yml"
        try Data("title: Egen\n".utf8).write(to: URL(fileURLWithPath: folder + "/content/pages/om.md"))
        let second = Scaffolder().newSite(.init(directory: folder, title: "Prov"))
        #expect(second.created.isEmpty)
        #expect(second.diagnostics.items.count == 3 + DefaultTemplates.files.count)
        #expect(try String(contentsOfFile: folder + "/content/pages/om.md", encoding: .utf8) == "title: Egen\n")
        #expect(try String(contentsOfFile: siteFile, encoding: .utf8).contains("title: Prov\n"))
    }
}
