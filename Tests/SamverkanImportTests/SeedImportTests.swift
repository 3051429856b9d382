import Foundation
import SamverkanModel
import Testing

/// Word versions of the five seed minutes (Fixtures/word/, in the seeds' layouts: a table of items,
/// numbered paragraphs, a Word numbered list, participant lists by group and in a two-column table),
/// and the PDFs LibreOffice prints of them (Fixtures/pdf/, read through pdftotext's word boxes),
/// imported into the real site in place of the hand-made file: the draft passes `check`, and keeps
/// every participant, item and decision of the hand-made content, with the document as its original.
@Suite struct SeedImportTests {
    enum Source: String, Sendable, CaseIterable {
        case word = "docx"
        case pdf
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var seed: Seed
        var source: Source
        var testDescription: String { "\(seed.name).\(source.rawValue)" }
        var key: String { testDescription }
        var document: String {
            source == .word ? ImportFixture.document(seed.name) : ImportFixture.fixture("pdf/\(seed.name).pdf")
        }
    }

    struct Seed: Sendable, CustomTestStringConvertible {
        var name: String
        var body: String
        /// Participants the hand-made file has from elsewhere in the document (the signatures, the
        /// people presenting an item), not from its participant list.
        var addedByHand: Set<String> = []
        /// Hand-made decisions that the document does not mark (no "Ställningstagande:" line): a
        /// person read them out of the prose. Each is kept as text of its item: the fragment.
        var readFromProse: [String: String] = [:]
        var testDescription: String { name }
        var relativePath: String { "meetings/\(name.prefix(4))/\(name).md" }
    }

    static let seeds = [
        Seed(name: "2024-08-20-arbetsgrupp-hos-avtal", body: "arbetsgrupp-hos-avtal"),
        Seed(name: "2026-01-26-gemensam-styrgrupp", body: "gemensam-styrgrupp",
             readFromProse: ["1b konstaterar": "konstaterade också att det redan finns en viss otakt mellan parterna",
                             "2 konstaterar": "nästa steg blir att sortera och gruppera dem",
                             "2 ger uppdrag": "arbetsgruppen behöver ta fram ett mer konkret förslag till nästa möte",
                             "3 beslutar": "Nästa möte för den gemensamma styrgruppen fastställdes till den 20 mars"]),
        Seed(name: "2024-10-03-sro", body: "sro"),
        Seed(name: "2019-08-29-sro", body: "sro",
             addedByHand: ["Helén Eliasson", "Axel Josefsson", "Tobias Nilsson", "Jeanette Andersson", "Jan Carlström",
                           "Kerstin Söderlund"]),
        Seed(name: "2024-12-04-politisk-referensgrupp", body: "politisk-referensgrupp",
             readFromProse: ["2 konstaterar": "Referensgruppen konstaterar att hanteringen vi har idag fungerar bra i grunden",
                             "3 konstaterar": "Konstaterades att här står kommunerna och regionerna längre från varandra"]),
    ]

    static let cases = Source.allCases.flatMap { source in seeds.map { Case(seed: $0, source: source) } }

    /// Each seed imported once from each source, for all the tests here (pandoc and a check of the whole site are slow).
    static let imports: [String: ImportFixture.Imported] = Dictionary(uniqueKeysWithValues: cases.map { item in
        (item.key, ImportFixture.importing(item.document, body: item.seed.body, removing: ["content/" + item.seed.relativePath]))
    })

    @Test(arguments: cases)
    func theDraftPassesCheck(_ item: Case) throws {
        let seed = item.seed
        let imported = try #require(Self.imports[item.key])
        #expect(imported.result.succeeded, "\(imported.lines)")
        #expect(imported.result.created?.path == "content/" + seed.relativePath)
        let (errors, warnings) = ImportFixture.check(imported.files)
        #expect(errors == [])
        #expect(warnings.filter { $0.contains(seed.relativePath) && !$0.contains("skulle återrapporteras") } == [])
    }

    /// The document is copied beside its transcription and named in `original:`.
    @Test(arguments: cases)
    func theOriginalIsKept(_ item: Case) throws {
        let imported = try #require(Self.imports[item.key])
        let href = "files/\(item.seed.name.prefix(4))/\(item.seed.name).\(item.source.rawValue)"
        #expect(imported.originals.keys.sorted() == ["content/" + href])
        #expect(imported.originals["content/" + href] == FileManager.default.contents(atPath: item.document).map(Array.init))
        let draft = try #require(ImportFixture.meeting(item.seed.relativePath, in: imported.files))
        #expect(draft.original?.href.value == href)
        #expect(draft.original?.method == (item.source == .word ? .word : .text))
    }

    @Test(arguments: cases)
    func everyParticipantIsKept(_ item: Case) throws {
        let seed = item.seed
        let imported = try #require(Self.imports[item.key])
        let draft = try #require(ImportFixture.meeting(seed.relativePath, in: imported.files))
        let handMade = try #require(ImportFixture.meeting(seed.relativePath, in: ImportFixture.realSite()))
        func people(_ meeting: Meeting) -> Set<String> {
            Set(meeting.participantGroups.flatMap(\.members).map { "\($0.name)\($0.absent ? " (frånvarande)" : "")" })
        }
        let expected = people(handMade).filter { person in !seed.addedByHand.contains { person.hasPrefix($0) } }
        #expect(people(draft) == expected)
        #expect(draft.secretary == handMade.secretary)
    }

    @Test(arguments: cases)
    func everyItemIsKept(_ item: Case) throws {
        let seed = item.seed
        let imported = try #require(Self.imports[item.key])
        let draft = try #require(ImportFixture.meeting(seed.relativePath, in: imported.files))
        let handMade = try #require(ImportFixture.meeting(seed.relativePath, in: ImportFixture.realSite()))
        #expect(ImportFixture.items(in: draft.text.text) == ImportFixture.items(in: handMade.text.text))
        #expect(draft.date == handMade.date)
        #expect(draft.start == handMade.start)
        #expect(draft.end == handMade.end)
    }

    @Test(arguments: cases)
    func everyDecisionIsKept(_ item: Case) throws {
        let seed = item.seed
        let imported = try #require(Self.imports[item.key])
        let draft = try #require(ImportFixture.meeting(seed.relativePath, in: imported.files))
        let handMade = try #require(ImportFixture.meeting(seed.relativePath, in: ImportFixture.realSite()))
        func key(_ decision: Decision) -> String { "\(decision.item?.value ?? "-") \(decision.kind.rawValue)" }
        var marked = handMade.decisions.map(key).filter { seed.readFromProse[$0] == nil }
        // SRO 2024-10-03 puts its last decision under "Övrig information utan föredragning" after item 9;
        // the document does not number it, so the draft keeps it on item 9.
        if seed.name == "2024-10-03-sro", let index = marked.firstIndex(of: "- noterar") { marked[index] = "9 noterar" }
        #expect(draft.decisions.map(key).sorted() == marked.sorted())
        for (_, fragment) in seed.readFromProse {
            #expect(draft.text.text.contains(fragment), "\(fragment)")
        }
    }
}
