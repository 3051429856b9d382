import SamverkanImport
import SamverkanModel
import Testing

/// A converter that hands over fixed pandoc JSON, for documents made in the test.
struct FixedConverter: WordConverter {
    var json: String
    var failure: ImportFailure?

    func pandocJSON(of path: String) throws(ImportFailure) -> [UInt8] {
        if let failure { throw failure }
        return Array(json.utf8)
    }

    /// A document of paragraphs, one per line of `text`.
    static func paragraphs(_ lines: [String]) -> FixedConverter {
        let blocks = lines.map { line -> String in
            let words = line.split(separator: " ").map { word -> String in
                let escaped = word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                return "{\"t\":\"Str\",\"c\":\"\(escaped)\"}"
            }
            return "{\"t\":\"Para\",\"c\":[\(words.joined(separator: ",{\"t\":\"Space\"},"))]}"
        }
        return FixedConverter(json: "{\"pandoc-api-version\":[1,22,2,1],\"meta\":{},\"blocks\":[\(blocks.joined(separator: ","))]}")
    }
}

/// One test per diagnostic of `samverkan import`, by its exact text.
@Suite struct ImportDiagnosticTests {
    @Test func aDocumentWithoutADate() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro",
                                               converter: FixedConverter.paragraphs(["Mötesanteckning", "1. Öppnande"]))
        #expect(imported.lines == [
            "protokoll.docx: error: dokumentet säger inte vilken dag mötet hölls — ange mötesdagen med datumet ÅÅÅÅ-MM-DD (--date)",
        ])
    }

    @Test func aDateGivenOnTheCommandLineIsUsed() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", date: "2026-11-05",
                                               converter: FixedConverter.paragraphs(["Deltagare", "Anna Andersson", "1. Öppnande"]))
        #expect(imported.result.created?.path == "content/meetings/2026/2026-11-05-sro.md")
        #expect(imported.lines == [])
    }

    @Test func aDateThatDiffersFromTheDocuments() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", date: "2026-11-05",
                                               converter: FixedConverter.paragraphs(["Datum: 2026-11-06", "Deltagare", "Anna Andersson", "1. Öppnande"]))
        #expect(imported.lines == [
            "content/meetings/2026/2026-11-05-sro.md:3: warning: dokumentet säger 2026-11-06, men mötet skrevs som 2026-11-05 — kontrollera mötesdagen",
        ])
    }

    @Test func anUnreadableDocument() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro",
                                               converter: FixedConverter(json: "", failure: .unreadable("couldn't unpack docx container")))
        #expect(imported.lines == [
            "protokoll.docx: error: dokumentet kan inte läsas som ett Word-dokument (couldn't unpack docx container) — spara det som .docx i Word och försök igen",
        ])
    }

    @Test func pandocMissing() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter(json: "", failure: .pandocMissing))
        #expect(imported.lines == [
            "protokoll.docx: error: pandoc finns inte — installera det: apt-get install pandoc (make site gör det)",
        ])
    }

    @Test func pandocTakingTooLong() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter(json: "", failure: .timedOut(seconds: 120)))
        #expect(imported.lines == [
            "protokoll.docx: error: pandoc läste dokumentet i mer än 120 sekunder och avbröts — spara dokumentet på nytt i Word, eller dela upp det",
        ])
    }

    @Test func notPandocsJSON() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter(json: "[1, 2"))
        #expect(imported.lines == [
            "protokoll.docx: error: dokumentet kan inte läsas som ett Word-dokument (pandoc gav inget dokument) — spara det som .docx i Word och försök igen",
        ])
    }

    @Test func anUnknownBody() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sor", converter: FixedConverter.paragraphs(["Datum: 2026-11-06"]))
        #expect(imported.lines == [
            "organ: error: okänt organ 'sor' (kända: arbetsgrupp-hos-avtal, gemensam-styrgrupp, politisk-referensgrupp, sro); menade du 'sro'? — ange ett organ med ett id från content/bodies/, eller skapa organet först med samverkan new body sor",
        ])
    }

    @Test func noItemsAndNoParticipants() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro",
                                               converter: FixedConverter.paragraphs(["Datum: 2026-11-06", "Vi pratade om läget."]))
        #expect(imported.lines == [
            "content/meetings/2026/2026-11-06-sro.md:1: warning: inga numrerade punkter hittades; hela texten står utan punkter — gör punkterna till rubriker: ## 1. Rubrik",
            "content/meetings/2026/2026-11-06-sro.md:1: warning: ingen deltagarlista hittades — lägg till participants: för hand om protokollet har en",
        ])
    }

    @Test func aDecisionWithoutAKnownVerb() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter.paragraphs([
            "Datum: 2026-11-06", "Deltagare", "Anna Andersson", "1. Öppnande", "Ställningstagande: SRO tycker till.",
        ]))
        #expect(imported.text.contains("  - item: 1\n    kind: noterar\n    text: SRO tycker till.\n"))
        #expect(imported.lines == [
            "content/meetings/2026/2026-11-06-sro.md:10: warning: slaget av ställningstagandet gick inte att läsa ur texten; skrevs som ”noterar” — välj kind: noterar, godkänner, ställer sig bakom, beslutar, ger uppdrag eller konstaterar",
        ])
    }

    @Test func aDecisionBeforeTheFirstItem() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter.paragraphs([
            "Datum: 2026-11-06", "Deltagare", "Anna Andersson", "Beslut: SRO beslutar att mötas.", "1. Öppnande",
        ]))
        #expect(imported.lines == [
            "content/meetings/2026/2026-11-06-sro.md:10: warning: ställningstagandet står före dagordningens första punkt och hör inte till någon punkt — lägg till item: med punktens nummer om det hör till en",
        ])
    }

    @Test func aDecisionSentenceInTheText() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter.paragraphs([
            "Datum: 2026-11-06", "Deltagare", "Anna Andersson", "1. Dagordning", "Dagordningen godkänns.",
        ]))
        #expect(imported.text.contains("  - item: 1\n    kind: godkänner\n    text: Dagordningen godkänns.\n"))
        #expect(imported.lines == [
            "content/meetings/2026/2026-11-06-sro.md:10: warning: ställningstagandet är läst ur meningen ”Dagordningen godkänns.” i texten — kontrollera det; ta bort det om meningen inte är ett ställningstagande",
        ])
    }

    @Test func aTimeThatCannotBeRead() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter.paragraphs([
            "Datum: 2026-11-06", "Tid: efter lunch", "Deltagare", "Anna Andersson", "1. Öppnande",
        ]))
        #expect(imported.lines == [
            "content/meetings/2026/2026-11-06-sro.md:3: warning: raden ”Tid: efter lunch” kunde inte läsas som klockslag — skriv start: \"HH:MM\" och end: \"HH:MM\"",
        ])
    }

    @Test func aHybridMeetingIsAGuess() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter.paragraphs([
            "Datum: 2026-11-06", "Plats: Regionens hus och Teams", "Deltagare", "Anna Andersson", "1. Öppnande",
        ]))
        #expect(imported.lines == [
            "content/meetings/2026/2026-11-06-sro.md:6: warning: mötesformen ”hybrid” är gissad ur ”Regionens hus och Teams” — rätta format: (fysiskt, digitalt eller hybrid) och location: om det behövs",
        ])
    }

    @Test func aSecretaryGuessedFromTheList() {
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter.paragraphs([
            "Datum: 2026-11-06", "Deltagare", "Anna Andersson, sekreterare", "1. Öppnande",
        ]))
        #expect(imported.text.contains("secretary: Anna Andersson\n"))
        #expect(imported.lines == [
            "content/meetings/2026/2026-11-06-sro.md:10: warning: sekreteraren är gissad ur deltagarlistan (sekreterare) — kontrollera secretary:",
        ])
    }
}

/// Control characters in a Word document never reach the content file.
@Suite struct ImportControlCharacterTests {
    @Test func aControlCharacterIsLeftOutAndSaid() {
        let json = #"{"blocks":[{"t":"Para","c":[{"t":"Str","c":"Datum:"},{"t":"Space"},{"t":"Str","c":"2026-11-06"}]},"#
            + #"{"t":"Para","c":[{"t":"Str","c":"Deltagare"}]},{"t":"Para","c":[{"t":"Str","c":"Anna"},{"t":"Space"},{"t":"Str","c":"Andersson"}]},"#
            + #"{"t":"Para","c":[{"t":"Str","c":"1."},{"t":"Space"},{"t":"Str","c":"\u0007Öppnande\u001b"}]}]}"#
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter(json: json))
        #expect(imported.text.contains("## 1. Öppnande\n"))
        #expect(!imported.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(imported.lines == [
            "content/meetings/2026/2026-11-06-sro.md:1: warning: Ett styrtecken (U+0007) i dokumentet är inte med i utkastet — styrtecken syns inte i Word och får inte stå i en publicerad text",
            "content/meetings/2026/2026-11-06-sro.md:1: warning: Ett styrtecken (U+001B) i dokumentet är inte med i utkastet — styrtecken syns inte i Word och får inte stå i en publicerad text",
        ])
    }
}

/// Issue 21, part 3: every text pandoc gives (an equation, code, a link's address, a note, a cell)
/// is cleaned the same way, and so is every warning that quotes it.
@Suite struct ImportControlCharacterEverywhereTests {
    /// An equation from Word holding U+009B (the terminal's CSI): it reached the draft as
    /// `text: "Dagordningen x\u009B31m godkänns."`, which `check` refuses, and the terminal raw.
    @Test func anEquationsControlCharacterIsLeftOutOfTheDraftAndTheWarning() {
        let json = #"{"blocks":[{"t":"Para","c":[{"t":"Str","c":"Datum:"},{"t":"Space"},{"t":"Str","c":"2026-11-06"}]},"#
            + #"{"t":"Para","c":[{"t":"Str","c":"Deltagare"}]},{"t":"Para","c":[{"t":"Str","c":"Anna"},{"t":"Space"},{"t":"Str","c":"Andersson"}]},"#
            + #"{"t":"Para","c":[{"t":"Str","c":"1."},{"t":"Space"},{"t":"Str","c":"Dagordning"}]},"#
            + #"{"t":"Para","c":[{"t":"Str","c":"Dagordningen"},{"t":"Space"},{"t":"Math","c":[{"t":"InlineMath"},"x\u009B31m"]},"#
            + #"{"t":"Space"},{"t":"Str","c":"godkänns."}]}]}"#
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter(json: json))
        #expect(imported.text.contains("  - item: 1\n    kind: godkänner\n    text: Dagordningen x31m godkänns.\n"))
        #expect(imported.lines == [
            "content/meetings/2026/2026-11-06-sro.md:1: warning: Ett styrtecken (U+009B) i dokumentet är inte med i utkastet — styrtecken syns inte i Word och får inte stå i en publicerad text",
            "content/meetings/2026/2026-11-06-sro.md:10: warning: ställningstagandet är läst ur meningen ”Dagordningen x31m godkänns.” i texten — kontrollera det; ta bort det om meningen inte är ett ställningstagande",
        ])
        #expect(ImportFixture.check(imported.files).errors == [])
    }

    /// A control character in every place of pandoc's tree that holds text: none reaches the draft
    /// (raw or as a YAML escape) or a message, and `check` accepts the draft.
    @Test func noTextFromPandocCarriesAControlCharacter() {
        let c = #"\u009B"#
        func str(_ text: String) -> String { #"{"t":"Str","c":"\#(text)"}"# }
        let attr = #"["id\#(c)",["klass\#(c)"],[["nyckel","värde\#(c)"]]]"#
        let para = { (text: String) in #"{"t":"Para","c":[\#(str(text))]}"# }
        let cell = { (text: String) in #"[\#(attr),{"t":"AlignDefault"},1,1,[{"t":"Plain","c":[\#(str(text))]}]]"# }
        let inlines = [
            str("Ord\(c)"), #"{"t":"Space"}"#,
            #"{"t":"Code","c":[\#(attr),"kod\#(c)"]}"#, #"{"t":"Space"}"#,
            #"{"t":"Math","c":[{"t":"DisplayMath"},"y\#(c)\u001b"]}"#, #"{"t":"Space"}"#,
            #"{"t":"RawInline","c":["html","<b\#(c)>"]}"#,
            #"{"t":"Link","c":[\#(attr),[\#(str("webben\(c)"))],["https://example.org/\#(c)sida","titel\#(c)"]]}"#, #"{"t":"Space"}"#,
            #"{"t":"Link","c":[\#(attr),[\#(str("filen\(c)"))],["bilaga\#(c).docx","titel\#(c)"]]}"#, #"{"t":"Space"}"#,
            #"{"t":"Image","c":[\#(attr),[\#(str("alt\(c)"))],["media/bild\#(c).png","bildtitel\#(c)"]]}"#,
            #"{"t":"Note","c":[\#(para("fotnot\(c)"))]}"#, #"{"t":"Space"}"#,
            #"{"t":"Quoted","c":[{"t":"DoubleQuote"},[\#(str("citat\(c)"))]]}"#, #"{"t":"Space"}"#,
            #"{"t":"Span","c":[["",["insertion"],[["author","A\#(c)"]]],[\#(str("infogat\(c)"))]]}"#, #"{"t":"Space"}"#,
            #"{"t":"Emph","c":[\#(str("kursiv\(c)"))]}"#, #"{"t":"Space"}"#,
            #"{"t":"Cite","c":[[],[\#(str("källa\(c)"))]]}"#,
        ]
        let blocks = [
            #"{"t":"Para","c":[\#(str("Datum:")),{"t":"Space"},\#(str("2026-11-06"))]}"#,
            para("Deltagare"), para("Anna Andersson\(c)"),
            #"{"t":"Header","c":[2,\#(attr),[\#(str("1.")),{"t":"Space"},\#(str("Öppnande\(c)"))]]}"#,
            #"{"t":"Para","c":[\#(inlines.joined(separator: ","))]}"#,
            #"{"t":"CodeBlock","c":[\#(attr),"rad\#(c)1\nrad 2"]}"#,
            #"{"t":"RawBlock","c":["html","<p>\#(c)</p>"]}"#,
            #"{"t":"LineBlock","c":[[\#(str("linje\(c)"))]]}"#,
            #"{"t":"DefinitionList","c":[[[\#(str("term\(c)"))],[[\#(para("förklaring\(c)"))]]]]}"#,
            #"{"t":"BulletList","c":[[{"t":"Plain","c":[\#(str("punkt\(c)"))]}]]}"#,
            #"{"t":"OrderedList","c":[[1,{"t":"Decimal"},{"t":"Period"}],[[{"t":"Plain","c":[\#(str("numrerad\(c)"))]}]]]}"#,
            #"{"t":"Table","c":[\#(attr),[null,[\#(para("rubrik\(c)"))]],[[{"t":"AlignDefault"},{"t":"ColWidthDefault"}]],"#
                + #"[\#(attr),[[\#(attr),[\#(cell("Mötespunkt\(c)"))]]]],[[\#(attr),0,[],[[\#(attr),[\#(cell("cell\(c)"))]]]]],[\#(attr),[]]]}"#,
            #"{"t":"Div","c":[\#(attr),[\#(para("avsnitt\(c)"))]]}"#,
            #"{"t":"BlockQuote","c":[\#(para("citatblock\(c)"))]}"#,
            para("Beslut: SRO beslutar\(c) att \(c)godkänna."),
        ]
        let json = #"{"pandoc-api-version":[1,22,2,1],"meta":{"title":{"t":"MetaInlines","c":[\#(str("titel\(c)"))]}},"blocks":[\#(blocks.joined(separator: ","))]}"#
        let imported = ImportFixture.importing("protokoll.docx", body: "sro", converter: FixedConverter(json: json))
        #expect(imported.result.created != nil)
        #expect(!imported.text.unicodeScalars.contains(where: ControlCharacters.isForbidden))
        #expect(!imported.text.contains(#"\u"#))
        for line in imported.lines {
            #expect(!line.unicodeScalars.contains(where: ControlCharacters.isForbidden), "\(line.debugDescription)")
        }
        #expect(imported.lines.filter { $0.contains("styrtecken") } == [
            "content/meetings/2026/2026-11-06-sro.md:1: warning: Ett styrtecken (U+001B) i dokumentet är inte med i utkastet — styrtecken syns inte i Word och får inte stå i en publicerad text",
            "content/meetings/2026/2026-11-06-sro.md:1: warning: Ett styrtecken (U+009B) i dokumentet är inte med i utkastet (27 gånger) — styrtecken syns inte i Word och får inte stå i en publicerad text",
        ])
        #expect(imported.text.contains("kod y "))
        #expect(imported.text.contains("[webben](https://example.org/sida)"))
        #expect(ImportFixture.check(imported.files).errors == [])
    }
}
