import SamverkanModel
import Testing

/// Word versions of the five seed minutes (Fixtures/word/, in the seeds' layouts: a table of items,
/// numbered paragraphs, a Word numbered list, participant lists by group and in a two-column table)
/// imported into the real site in place of the hand-made file: the draft passes `check`, and keeps
/// every participant, item and decision of the hand-made content.
@Suite struct SeedImportTests {
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

    /// Each seed imported once, for all the tests here (pandoc and a check of the whole site are slow).
    static let imports: [String: ImportFixture.Imported] = Dictionary(uniqueKeysWithValues: seeds.map { seed in
        (seed.name, ImportFixture.importing(ImportFixture.document(seed.name), body: seed.body,
                                            removing: ["content/" + seed.relativePath]))
    })

    @Test(arguments: seeds)
    func theDraftPassesCheck(_ seed: Seed) throws {
        let imported = try #require(Self.imports[seed.name])
        #expect(imported.result.succeeded, "\(imported.lines)")
        #expect(imported.result.created?.path == "content/" + seed.relativePath)
        let (errors, warnings) = ImportFixture.check(imported.files)
        #expect(errors == [])
        #expect(warnings.filter { $0.contains(seed.relativePath) && !$0.contains("skulle återrapporteras") } == [])
    }

    @Test(arguments: seeds)
    func everyParticipantIsKept(_ seed: Seed) throws {
        let imported = try #require(Self.imports[seed.name])
        let draft = try #require(ImportFixture.meeting(seed.relativePath, in: imported.files))
        let handMade = try #require(ImportFixture.meeting(seed.relativePath, in: ImportFixture.realSite()))
        func people(_ meeting: Meeting) -> Set<String> {
            Set(meeting.participantGroups.flatMap(\.members).map { "\($0.name)\($0.absent ? " (frånvarande)" : "")" })
        }
        let expected = people(handMade).filter { person in !seed.addedByHand.contains { person.hasPrefix($0) } }
        #expect(people(draft) == expected)
        #expect(draft.secretary == handMade.secretary)
    }

    @Test(arguments: seeds)
    func everyItemIsKept(_ seed: Seed) throws {
        let imported = try #require(Self.imports[seed.name])
        let draft = try #require(ImportFixture.meeting(seed.relativePath, in: imported.files))
        let handMade = try #require(ImportFixture.meeting(seed.relativePath, in: ImportFixture.realSite()))
        #expect(ImportFixture.items(in: draft.text.text) == ImportFixture.items(in: handMade.text.text))
        #expect(draft.date == handMade.date)
        #expect(draft.start == handMade.start)
        #expect(draft.end == handMade.end)
    }

    @Test(arguments: seeds)
    func everyDecisionIsKept(_ seed: Seed) throws {
        let imported = try #require(Self.imports[seed.name])
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
