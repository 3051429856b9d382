import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// One test per kind of problem the contract names: the exact line a communicator reads,
/// the exit status, and that a failed build writes nothing.
@Suite struct DiagnosticTests {
    static let meetingPath = "content/meetings/2024/2024-10-03-sro.md"

    /// The fixture with one file replaced (or removed, with nil).
    func fixture(_ path: String, _ text: String?) -> InMemoryFileSystem {
        var files = Fixture.fileSystem()
        files.contents[path] = text.map { Array($0.utf8) }
        return files
    }

    func meeting(replacing old: String, with new: String) throws -> InMemoryFileSystem {
        var files = Fixture.fileSystem()
        let text = String(decoding: try #require(files.contents[Self.meetingPath]), as: UTF8.self)
        try #require(text.contains(old), "the fixture meeting has no '\(old)'")
        files.write(text.replacingOccurrences(of: old, with: new), to: Self.meetingPath)
        return files
    }

    /// Checks and builds; expects the build to fail, write nothing and report `expected` among its errors.
    func expectError(_ files: InMemoryFileSystem, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (checked, lines) = Fixture.check(files)
        #expect(lines.contains(expected), "got: \(lines.joined(separator: "\n"))", sourceLocation: sourceLocation)
        #expect(checked.exitStatus == 1, sourceLocation: sourceLocation)
        let writer = InMemorySiteWriter()
        let built = SiteBuilder(fileSystem: files, writer: writer).build(BuildOptions(today: Fixture.today))
        #expect(built.exitStatus == 1, sourceLocation: sourceLocation)
        #expect(writer.site(at: "site") == nil, "a failed build wrote files", sourceLocation: sourceLocation)
    }

    @Test func theFixtureIsClean() throws {
        let (report, lines) = Fixture.check(Fixture.fileSystem())
        #expect(lines.isEmpty)
        #expect(report.exitStatus == 0)
    }

    @Test func missingFrontMatter() throws {
        expectError(fixture("content/topics/avtal.md", "Bara text.\n"),
                    "content/topics/avtal.md:1:1: error: front matter saknas: filen ska börja med en rad med bara --- — skriv fälten mellan två rader med --- överst i filen")
    }

    @Test func unclosedFrontMatter() throws {
        expectError(fixture("content/topics/avtal.md", "---\ntitle: Avtal\n"),
                    "content/topics/avtal.md:1:1: error: front matter avslutas aldrig: raden med --- efter fälten saknas — lägg till en rad med bara --- efter sista fältet")
    }

    @Test func malformedYAML() throws {
        expectError(try meeting(replacing: "title: Mötesanteckning SRO", with: "title: [Mötesanteckning SRO"),
                    "content/meetings/2024/2024-10-03-sro.md:4:8: error: front matter är inte giltig YAML: en lista som börjar med [ avslutas aldrig med ] (while parsing a flow sequence, did not find expected ',' or ']') — kontrollera indrag, kolon efter fältnamn och citattecken runt text som innehåller kolon")
    }

    /// libyaml reads an unclosed quote on into the next lines and gives up at the block's start;
    /// the message points at the quote instead.
    @Test func anUnclosedQuote() throws {
        let files = try meeting(replacing: "title: Mötesanteckning SRO", with: "title: \"Mötesanteckning SRO")
        expectError(files, "content/meetings/2024/2024-10-03-sro.md:4:8: error: front matter är inte giltig YAML: citattecknet här stängs aldrig på sin rad — avsluta värdet med samma citattecken som det börjar med, eller ta bort det")
        #expect(Fixture.check(files).1.count == 1)
        #expect(YAMLProblem.unclosedQuote(in: "a: 'it''s'\nb: \"x \\\" y\"\nc: 'öppen") ?? (0, 0) == (3, 4))
    }

    @Test func aBrokenFileIsReportedOnceNotAgainByEveryReferenceToIt() throws {
        let (_, lines) = Fixture.check(try meeting(replacing: "title: Mötesanteckning SRO", with: "title: [Mötesanteckning SRO"))
        #expect(lines.count == 1, "got: \(lines)")
        let (_, bodyLines) = Fixture.check(fixture("content/bodies/sro.md", "---\nname: SRO\n---\n"))
        #expect(bodyLines == ["content/bodies/sro.md:2:1: error: obligatoriskt fält 'kind' saknas — lägg till t.ex. kind: politisk"])
    }

    @Test func unknownFieldIsAWarningThatDoesNotFailTheBuild() throws {
        let files = try meeting(replacing: "location: Stationshuset", with: "locaton: Stationshuset")
        let (report, lines) = Fixture.check(files)
        #expect(lines == ["content/meetings/2024/2024-10-03-sro.md:7:1: warning: okänt fält 'locaton' i ett möte; menade du 'location'? — kända fält: body, date, title, status, start, end, location, format, topics, participants, secretary, attachments, decisions, items, preliminary, corrections, original"])
        #expect(report.exitStatus == 0)
        let (built, site) = Fixture.build(files)
        #expect(built.exitStatus == 0)
        #expect(site["index.html"] != nil)
    }

    @Test func missingRequiredField() throws {
        expectError(fixture("content/bodies/styrgrupp.md", "---\nname: Styrgrupp\n---\n"),
                    "content/bodies/styrgrupp.md:2:1: error: obligatoriskt fält 'kind' saknas — lägg till t.ex. kind: politisk")
    }

    @Test func badDate() throws {
        expectError(try meeting(replacing: "date: 2024-10-03", with: "date: 2024-10-33"),
                    "content/meetings/2024/2024-10-03-sro.md:3:7: error: ogiltigt datum '2024-10-33' i fältet 'date' — skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2024-10-03")
    }

    @Test func badTime() throws {
        expectError(try meeting(replacing: "start: \"13:00\"", with: "start: \"13.00\""),
                    "content/meetings/2024/2024-10-03-sro.md:5:8: error: ogiltig tid '13.00' i fältet 'start' — skriv tider som \"TT:MM\", t.ex. \"13:00\"")
    }

    @Test func unknownBody() throws {
        var files = try meeting(replacing: "body: sro", with: "body: sro2")
        let text = files.contents.removeValue(forKey: Self.meetingPath)!
        files.contents["content/meetings/2024/2024-10-03-sro2.md"] = text
        expectError(files, "content/meetings/2024/2024-10-03-sro2.md:2:7: error: okänt organ 'sro2' (kända: sro, styrgrupp) — skriv ett id från bodies/, eller skapa bodies/sro2.md")
    }

    @Test func anUnknownBodyIsNotAlsoReportedAsAWrongFileName() throws {
        let (_, lines) = Fixture.check(try meeting(replacing: "body: sro", with: "body: sro2"))
        #expect(lines == ["content/meetings/2024/2024-10-03-sro.md:2:7: error: okänt organ 'sro2' (kända: sro, styrgrupp) — skriv ett id från bodies/, eller skapa bodies/sro2.md"])
    }

    @Test func unknownTopic() throws {
        expectError(try meeting(replacing: "topics: [avtal]", with: "topics: [avtl]"),
                    "content/meetings/2024/2024-10-03-sro.md:9:10: error: okänt ämne 'avtl'; menade du 'avtal'? — ämnen måste ha en fil i topics/ (kända: avtal)")
    }

    @Test func decisionWhoseItemDoesNotExist() throws {
        expectError(try meeting(replacing: "item: 3a", with: "item: 12"),
                    "content/meetings/2024/2024-10-03-sro.md:32:11: error: ställningstagandet hör till punkt 12, som inte finns i dagordningen (punkter: 1, 2, 3, 3a) — rätta item, eller skriv rubriken ## 12. … i texten")
    }

    @Test func twoFilesWithTheSameURL() throws {
        expectError(fixture("content/pages/organ.md", "---\ntitle: Organ\n---\nText.\n"),
                    "content/pages/organ.md: error: sidan får adressen /organ/ som webbplatsen redan använder — byt namn på filen (upptagna namn: amnen, assets, beslut, data, files, folj, kommande, moten, organ, pagefind, personer, sok, tidslinje, uppdrag)")
    }

    @Test func meetingFileNameThatDisagreesWithItsDate() throws {
        var files = Fixture.fileSystem()
        files.contents["content/meetings/2024/2024-10-04-sro.md"] = files.contents.removeValue(forKey: Self.meetingPath)
        expectError(files, "content/meetings/2024/2024-10-04-sro.md: error: filnamnet '2024-10-04-sro.md' stämmer inte med datum och organ i front matter — döp om filen till meetings/2024/2024-10-03-sro.md (eller 2024-10-03-sro-2.md för ett andra möte samma dag)")
    }

    @Test func linkToAMeetingThatDoesNotExist() throws {
        expectError(try meeting(replacing: "(meetings/2025/2025-01-30-sro.md)", with: "(meetings/2025/2025-01-31-sro.md)"),
                    "content/meetings/2024/2024-10-03-sro.md:58:30: error: länken 'meetings/2025/2025-01-31-sro.md': sidan /moten/2025/2025-01-31-sro/ finns inte")
    }

    @Test func linkToABodyThatDoesNotExist() throws {
        expectError(fixture("content/bodies/sro.md", "---\nname: SRO\nkind: politisk\n---\nSe [gruppen](/organ/grupp/).\n"),
                    "content/bodies/sro.md:5:4: error: länken '/organ/grupp/': sidan /organ/grupp/ finns inte")
    }

    @Test func linkToAPageThatDoesNotExist() throws {
        expectError(fixture("content/topics/avtal.md", "---\ntitle: Avtal\n---\nSe [sidan](pages/saknas.md).\n"),
                    "content/topics/avtal.md:4:4: error: länken 'pages/saknas.md': sidan /saknas/ finns inte")
    }

    @Test func linkToAFileThatDoesNotExist() throws {
        expectError(try meeting(replacing: "(/files/presentation.pdf)", with: "(/files/saknas.pdf)"),
                    "content/meetings/2024/2024-10-03-sro.md:72:28: error: länken '/files/saknas.pdf': filen finns inte — lägg filen i content/files/saknas.pdf")
    }

    @Test func linkToAnAnchorThatDoesNotExist() throws {
        expectError(try meeting(replacing: "(#punkt-2)", with: "(#punkt-9)"),
                    "content/meetings/2024/2024-10-03-sro.md:72:4: error: länken '#punkt-9': ankaret #punkt-9 finns inte på sidan — ankare: ovrigt, punkt-1, punkt-2, punkt-3, punkt-3a")
    }

    @Test func attachmentThatDoesNotExist() throws {
        expectError(try meeting(replacing: "href: files/presentation.pdf", with: "href: files/saknas.pdf"),
                    "content/meetings/2024/2024-10-03-sro.md:25:11: error: bilagan 'files/saknas.pdf' finns inte — lägg filen i content/files/saknas.pdf eller rätta namnet")
    }

    @Test func imageWithoutAltText() throws {
        expectError(fixture("content/pages/om.md", "---\ntitle: Om\n---\n![](/files/presentation.pdf)\n"),
                    "content/pages/om.md:4:1: error: bilden '/files/presentation.pdf' saknar alt-text — beskriv bilden mellan hakparenteserna: ![Beskrivning](bild.png)")
    }

    @Test func pathThatLeavesTheContentFolder() throws {
        expectError(fixture("content/pages/om.md", "---\ntitle: Om\n---\nSe [filen](../../etc/passwd).\n"),
                    "content/pages/om.md:4:4: error: länken '../../etc/passwd': sökvägen lämnar innehållsmappen — skriv en adress på webbplatsen (/organ/sro/) eller en innehållsfil (meetings/2024/2024-10-03-sro.md)")
    }

    @Test func unknownFileInTheContentFolder() throws {
        expectError(fixture("content/meetings/2024/anteckning.txt", "text"),
                    "content/meetings/2024/anteckning.txt: error: okänd fil i innehållsmappen: den blir ingen sida — lägg organ i bodies/, möten i meetings/ÅÅÅÅ/, ämnen i topics/ och sidor i pages/ som .md-filer, bilagor i files/")
    }

    @Test func everyProblemOfARunIsReportedTogether() throws {
        var files = try meeting(replacing: "date: 2024-10-03", with: "date: 2024-10-33")
        files.write("---\ntitle: Om\n---\n![](/files/presentation.pdf)\n", to: "content/pages/om.md")
        files.write("Bara text.\n", to: "content/topics/avtal.md")
        let (_, lines) = Fixture.check(files)
        #expect(lines.contains { $0.hasPrefix("content/meetings/2024/2024-10-03-sro.md:3:7: error: ogiltigt datum") })
        #expect(lines.contains { $0.hasPrefix("content/pages/om.md:4:1: error: bilden") })
        #expect(lines.contains { $0.hasPrefix("content/topics/avtal.md:1:1: error: front matter saknas") })
    }

    @Test func rawHTMLIsAWarning() throws {
        let (report, lines) = Fixture.check(fixture("content/pages/om.md", "---\ntitle: Om\n---\nText <b>fet</b>.\n"))
        #expect(lines == ["content/pages/om.md:4:1: warning: HTML i texten visas inte på webbplatsen — skriv med Markdown i stället"])
        #expect(report.exitStatus == 0)
    }
}

/// A hint that names the known ids stays one readable line in a large archive.
@Suite struct KnownIDListTests {
    @Test func aLongListNamesTheFirstOnesAndHowManyMore() {
        let ids = (1...40).map { String(format: "uppdrag-%02d", $0) }
        #expect(ReferenceValidator.list(ids) == "uppdrag-01, uppdrag-02, uppdrag-03, uppdrag-04, uppdrag-05, uppdrag-06, uppdrag-07, uppdrag-08, uppdrag-09, uppdrag-10, uppdrag-11, uppdrag-12 … och 28 till")
        #expect(ReferenceValidator.list(["b", "a"]) == "a, b")
        #expect(ReferenceValidator.list([]) == "inga")
    }
}
