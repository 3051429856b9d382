@testable import SamverkanImport
import SamverkanModel
import Testing

/// The small readers the import is made of, each on the lines minutes really have.
@Suite struct ReadingPartsTests {
    @Test func participantLines() {
        let member = ParticipantLine.member
        #expect(member("Marina Johansson (S), Göteborgsregionen, **vice ordförande**")
            == .init(name: "Marina Johansson", party: "S", org: "Göteborgsregionen", role: "vice ordförande"))
        #expect(member("Adam Johansson (M) Skaraborg") == .init(name: "Adam Johansson", party: "M", org: "Skaraborg"))
        #expect(member("Babbs Edberg, Göteborgs stad (förhindrad)") == .init(name: "Babbs Edberg", org: "Göteborgs stad", absent: true))
        #expect(member("Annica Hemberg, Uddevalla kommun (ersätter Karin Hallberg och Malin Normann)")
            == .init(name: "Annica Hemberg", org: "Uddevalla kommun", role: "ersätter Karin Hallberg och Malin Normann"))
        #expect(member("Kristina Lännergren, direktör Västkom") == .init(name: "Kristina Lännergren", role: "direktör Västkom"))
        #expect(member("Paula vom Hofe") == .init(name: "Paula vom Hofe"))
        #expect(member("Kommunpolitiker") == nil)
        #expect(member("Västra Götalandsregionen") == nil)
        #expect(member("För Västra Götalands fyra kommunalförbund (VGK)") == nil)
        #expect(ParticipantLine.isGroupHeading("Adjungerade punkt 10 och 11"))
        #expect(ParticipantLine.isGroupHeading("Övriga deltagare"))
        #expect(!ParticipantLine.isGroupHeading("Ann-Sofie Rundberg"))
        #expect(ParticipantLine.members(inList: "*Maria Berhe, VGR, och Lena Ludvigsson, representant för kommunalförbunden, och Jenny Nilsson, VGR.*")
            == [.init(name: "Maria Berhe", org: "VGR"), .init(name: "Lena Ludvigsson", role: "representant för kommunalförbunden"),
                .init(name: "Jenny Nilsson", org: "VGR")])
    }

    @Test func headerLines() {
        #expect(MinutesHeader.date(in: "3 oktober 2024") == CalendarDate(year: 2024, month: 10, day: 3))
        #expect(MinutesHeader.date(in: "2024-08-20") == CalendarDate(year: 2024, month: 8, day: 20))
        #expect(MinutesHeader.date(in: "den 12 mars 2025") == CalendarDate(year: 2025, month: 3, day: 12))
        #expect(MinutesHeader.date(in: "i höstas") == nil)
        #expect(MinutesHeader.times(in: "13.00 – 15.00")! == ("13:00", "15:00"))
        #expect(MinutesHeader.times(in: "kl. 9–11.30")! == ("09:00", "11:30"))
        #expect(MinutesHeader.times(in: "8-9")! == ("08:00", "09:00"))
        #expect(MinutesHeader.times(in: "efter lunch") == nil)
        #expect(MinutesHeader.format(of: "Teams") == "digitalt")
        #expect(MinutesHeader.format(of: "Teams/Regionens hus, lokal Bommen") == "hybrid")
        #expect(MinutesHeader.format(of: "Kupén, Stationshuset, Göteborg") == "fysiskt")
    }

    @Test func decisionVerbs() {
        #expect(DecisionVerb.kind(of: "Det politiska samrådsorganet SRO noterar informationen.") == .notes)
        #expect(DecisionVerb.kind(of: "SRO ställer sig bakom mötestiderna för 2025.") == .endorses)
        #expect(DecisionVerb.kind(of: "Föregående mötesanteckningar godkänns.") == .approves)
        #expect(DecisionVerb.kind(of: "Styrgruppen beslutar att mötas i mars.") == .decides)
        #expect(DecisionVerb.kind(of: "Samrådsorganet ger Ann Söderström ett gemensamt uppdrag om att utvärdera avtalet.") == .commissions)
        #expect(DecisionVerb.kind(of: "Styrgruppen ger arbetsgruppen i uppdrag att ta fram en plan.") == .commissions)
        #expect(DecisionVerb.kind(of: "Referensgruppen konstaterar att hanteringen fungerar.") == .states)
        #expect(DecisionVerb.kind(of: "Styrgruppen tycker till.") == nil)
    }

    @Test func markdownFromWordText() {
        #expect(MarkdownEscaping.text("*viktigt* [1] <b> a_b") == "\\*viktigt\\* \\[1\\] \\<b\\> a\\_b")
        #expect(MarkdownEscaping.lineStart("1. januari") == "1\\. januari")
        #expect(MarkdownEscaping.lineStart("- inte en lista") == "\\- inte en lista")
        #expect(MarkdownEscaping.lineStart("# inte en rubrik") == "\\# inte en rubrik")
        #expect(MarkdownEscaping.address("https://x.se/a b(c)") == "https://x.se/a%20b%28c%29")
        #expect(!MarkdownEscaping.isWebAddress("javascript:alert(1)"))
        #expect(!MarkdownEscaping.isWebAddress("#"))
    }

    @Test func deepNestingIsFlattenedNotFollowed() throws {
        var json = "{\"t\":\"Para\",\"c\":[{\"t\":\"Str\",\"c\":\"djupt\"}]}"
        for _ in 0..<200 { json = "{\"t\":\"BlockQuote\",\"c\":[\(json)]}" }
        let document = try PandocDocument.parse(Array("{\"blocks\":[\(json)]}".utf8))
        #expect(document.blocks == [])
        // Deeper than the JSON reader goes: refused as a document, not a crash.
        for _ in 0..<5_000 { json = "{\"t\":\"BlockQuote\",\"c\":[\(json)]}" }
        #expect(throws: ImportFailure.unreadable("pandoc gav inget dokument")) {
            try PandocDocument.parse(Array("{\"blocks\":[\(json)]}".utf8))
        }
    }

    @Test func aLinkThatIsNotAWebAddressKeepsItsText() throws {
        let json = """
            {"blocks":[{"t":"Para","c":[{"t":"Link","c":[["",[],[]],[{"t":"Str","c":"Bilaga"}],["file:///C:/hemligt.pdf",""]]}]}]}
            """
        let document = try PandocDocument.parse(Array(json.utf8))
        #expect(document.blocks == [.paragraph(DocumentText(markdown: "Bilaga", plain: "Bilaga"))])
        #expect(document.dropped == ["länken ”Bilaga” (till file:///C:/hemligt.pdf)"])
    }
}
