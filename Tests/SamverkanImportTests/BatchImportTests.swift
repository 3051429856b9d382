import Foundation
@testable import SamverkanImport
import SamverkanModel
import SamverkanSite
import SamverkanTestDoubles
import Testing

/// `samverkan import` of many documents: a folder, a manifest (`file,body,date`) with a broken row,
/// all in parallel; one that fails does not stop the rest; a second run skips what came in; the
/// summary and the JSON report say what happened to each.
@Suite(.enabled(if: ImportFixture.popplerInstalled, "poppler-utils (pdfinfo, pdftotext) is not installed: make deps"))
struct BatchImportTests {
    static let removed = ["content/meetings/2019/2019-08-29-sro.md", "content/meetings/2024/2024-10-03-sro.md"]

    /// A run over the real site without the two SRO seeds, in memory: what it did, and the files after it.
    static func run(_ requests: [MinutesImporter.Request], files: InMemoryFileSystem,
                    manifestProblems: [Diagnostic] = []) throws -> (report: ImportReport, files: InMemoryFileSystem) {
        let writer = InMemoryScaffoldWriter(existing: files)
        let originals = InMemoryOriginalWriter(existing: files)
        let importer = MinutesImporter(fileSystem: files, writer: writer, originals: originals)
        let site = try #require(importer.site(contentDirectory: "content").0)
        let imports = ImportBatch(importer: importer).run(requests, into: site)
        var after = files
        for (path, text) in writer.created { after.write(text, to: path) }
        for (path, bytes) in originals.created { after.contents[path] = bytes }
        return (ImportReport(imports: imports, manifestProblems: manifestProblems), after)
    }

    /// A folder of documents: those the import reads, hidden files and other kinds left out.
    static func archive() -> TemporaryFolder {
        let folder = TemporaryFolder()
        for name in ["2019-08-29-sro", "2024-10-03-sro"] {
            folder.write(Array(FileManager.default.contents(atPath: ImportFixture.fixture("pdf/\(name).pdf")) ?? Data()), to: "arkiv/\(name).pdf")
        }
        folder.write(Array(FileManager.default.contents(atPath: ImportFixture.fixture("bad/broken.pdf")) ?? Data()), to: "arkiv/2020/trasig.pdf")
        folder.write(Array("anteckning".utf8), to: "arkiv/läsmig.txt")
        folder.write(Array("x".utf8), to: "arkiv/.dold.pdf")
        return folder
    }

    @Test func aFolderIsImportedAndASecondRunSkipsWhatCameIn() throws {
        let folder = Self.archive()
        defer { folder.remove() }
        let documents = ImportSources.documents(in: folder.path + "/arkiv")
        #expect(documents == ["2019-08-29-sro.pdf", "2020/trasig.pdf", "2024-10-03-sro.pdf"].map { folder.path + "/arkiv/" + $0 })
        // What is not read is named, never passed over in silence; hidden files are not the archive's.
        #expect(ImportSources.leftOut(in: folder.path + "/arkiv") == [folder.path + "/arkiv/läsmig.txt"])
        #expect(ImportSources.leftOutWarning("arkiv/läsmig.txt").description
            == "arkiv/läsmig.txt: warning: filen importeras inte: samverkan import läser .docx, .pdf, .html och bilder (.png, .jpg, .tif) — spara den i något av de formaten om den är en mötesanteckning (en .doc som .docx), annars kan den ligga kvar")
        let requests = documents.map { MinutesImporter.Request(document: $0, body: "sro") }
        let (first, files) = try Self.run(requests, files: ImportFixture.realSite(without: Self.removed))
        #expect(first.clean.map(\.document) == [documents[0]])
        #expect(first.withWarnings.map(\.document) == [documents[2]])
        #expect(first.failed.map(\.document) == [documents[1]])
        #expect(!first.succeeded)
        #expect(first.summary == """
            Importerade 2 av 3 dokument: 1 utan varningar, 1 med varningar, 0 fanns redan, 1 misslyckades.
              med varningar: \(documents[2]) → content/meetings/2024/2024-10-03-sro.md (3 varningar)
              misslyckades: \(documents[1]): dokumentet kan inte läsas som en PDF (Syntax Error: Couldn't find trailer dictionary) — öppna det i en PDF-läsare och spara det på nytt, eller hämta originalet igen

            """)
        #expect(files.contents["content/files/2019/2019-08-29-sro.pdf"] != nil)
        #expect(files.contents["content/files/2024/2024-10-03-sro.pdf"] != nil)

        let (second, _) = try Self.run(requests, files: files)
        #expect(second.summary == """
            Importerade 0 av 3 dokument: 0 utan varningar, 0 med varningar, 2 fanns redan, 1 misslyckades.
              finns redan: \(documents[0]) → content/meetings/2019/2019-08-29-sro.md
              finns redan: \(documents[2]) → content/meetings/2024/2024-10-03-sro.md
              misslyckades: \(documents[1]): dokumentet kan inte läsas som en PDF (Syntax Error: Couldn't find trailer dictionary) — öppna det i en PDF-läsare och spara det på nytt, eller hämta originalet igen

            """)
    }

    @Test func ofTwoDocumentsOfOneMeetingTheFirstGivenIsImported() throws {
        let pdf = ImportFixture.fixture("pdf/2024-10-03-sro.pdf"), html = ImportFixture.fixture("html/2024-10-03-sro.html")
        for order in [[pdf, html], [html, pdf]] {
            // The PDF is read more slowly than the web page; which one is read first never decides.
            let (report, files) = try Self.run(order.map { MinutesImporter.Request(document: $0, body: "sro") },
                                               files: ImportFixture.realSite(without: Self.removed))
            #expect(report.imports.map { if case .created = $0.status { true } else { false } } == [true, false], "\(order)")
            let draft = String(decoding: files.contents["content/meetings/2024/2024-10-03-sro.md"] ?? [], as: UTF8.self)
            let ending = order[0] == pdf ? "pdf" : "html"
            #expect(draft.contains("  href: files/2024/2024-10-03-sro.\(ending)\n"), "the first document given is the original: \(order)")
        }
    }

    @Test func theReportAsJSON() throws {
        let folder = Self.archive()
        defer { folder.remove() }
        let documents = ImportSources.documents(in: folder.path + "/arkiv")
        let manifest = ImportManifest.parse("file,body,date\n\(documents[0]),sro,\nx.pdf,sro,2019-13-01\n", path: "arkiv.csv", folder: "")
        let (report, _) = try Self.run(manifest.requests, files: ImportFixture.realSite(without: Self.removed),
                                       manifestProblems: manifest.problems)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json)) as? [String: Any])
        #expect(json["imported"] as? Int == 1)
        #expect(json["importedWithWarnings"] as? Int == 0)
        #expect(json["skipped"] as? Int == 0)
        #expect(json["failed"] as? Int == 1)
        let entries = try #require(json["documents"] as? [[String: Any]])
        #expect(entries.count == 2)
        #expect(entries[0]["document"] as? String == documents[0])
        #expect(entries[0]["status"] as? String == "imported")
        #expect(entries[0]["meeting"] as? String == "content/meetings/2019/2019-08-29-sro.md")
        #expect(entries[1]["document"] as? String == "arkiv.csv:3")
        #expect(entries[1]["status"] as? String == "failed")
        #expect(entries[1]["reason"] as? String == "'2019-13-01' är inte ett datum")
    }

    /// Each row of a manifest that cannot be read is an error at its line; the others are read.
    @Test func aManifestWithBrokenRows() {
        let manifest = ImportManifest.parse("""
            file,body,date
            2019/sro.pdf,sro,
            "2024/SRO, oktober.pdf",sro,2024-10-03
            ,sro,
            2025/a.pdf,,
            2025/b.pdf,sro,3 mars
            2025/c.pdf,sro,2025-03-06,extra

            /arkiv/d.docx,gemensam-styrgrupp
            """, path: "arkiv/manifest.csv", folder: "arkiv")
        #expect(manifest.requests == [
            MinutesImporter.Request(document: "arkiv/2019/sro.pdf", body: "sro"),
            MinutesImporter.Request(document: "arkiv/2024/SRO, oktober.pdf", body: "sro", date: "2024-10-03"),
            MinutesImporter.Request(document: "/arkiv/d.docx", body: "gemensam-styrgrupp"),
        ])
        #expect(manifest.problems.map(\.description) == [
            "arkiv/manifest.csv:4: error: raden saknar ett dokument (file) — skriv dokumentets fil och organets id, t.ex. arkiv/2019-08-29.pdf,sro",
            "arkiv/manifest.csv:5: error: raden saknar ett organ (body) — skriv dokumentets fil och organets id, t.ex. arkiv/2019-08-29.pdf,sro",
            "arkiv/manifest.csv:6: error: '3 mars' är inte ett datum — skriv ÅÅÅÅ-MM-DD, t.ex. 2019-08-29, eller lämna kolumnen tom",
            "arkiv/manifest.csv:7: error: raden har 4 kolumner, fler än de 3 som första raden namnger — sätt citattecken kring ett värde som innehåller kommatecken",
        ])
    }

    @Test func aManifestThatCannotBeUsed() {
        #expect(ImportManifest.parse("", path: "m.csv", folder: "").problems.map(\.description) == [
            "m.csv: error: manifestet är tomt — skriv file,body,date på första raden och ett dokument per rad under",
        ])
        #expect(ImportManifest.parse("fil,organ\na.pdf,sro\n", path: "m.csv", folder: "").problems.map(\.description) == [
            "m.csv:1: error: manifestets första rad saknar kolumnerna file och body — skriv file,body,date på första raden",
        ])
        #expect(ImportManifest.read("/nonexistent/m.csv").problems.map(\.description) == [
            "/nonexistent/m.csv: error: manifestet kan inte läsas — ange en CSV-fil i UTF-8 med kolumnerna file,body,date",
        ])
    }
}
