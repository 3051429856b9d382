@testable import SamverkanImport
import SamverkanModel
import SamverkanSite
import Testing

/// The layout reading on pages made in the test, without poppler or Tesseract: wrapped lines joined,
/// a hanging list number put back, boxes side by side read as a table, column by column as well as
/// row by row; and the look that decides whether a text layer is bad OCR.
@Suite struct PageLayoutTests {
    /// A line of words at `top`, from `left`, each word 6 points a letter wide and 4 apart.
    static func line(_ text: String, left: Double, top: Double) -> TextLine {
        var x = left
        let words = text.split(separator: " ").map { word -> ReadWord in
            defer { x += Double(word.count) * 6 + 4 }
            return ReadWord(text: String(word), left: x, top: top, right: x + Double(word.count) * 6, bottom: top + 12)
        }
        return TextLine(words: words)
    }

    static func box(_ lines: [String], left: Double, top: Double) -> TextBox {
        TextBox(lines: lines.enumerated().map { line($1, left: left, top: top + Double($0) * 14) })
    }

    static func plain(_ blocks: [DocumentBlock]) -> [String] {
        blocks.map { block in
            switch block {
            case let .paragraph(text): return text.plain
            case let .list(_, items): return "list: " + items.map { MinutesRecognizer.plainText($0) }.joined(separator: " | ")
            case let .table(header, rows):
                let head = header.map { "[" + $0.map { MinutesRecognizer.plainText($0) }.joined(separator: " | ") + "] " } ?? ""
                return "table: " + head + rows.map { $0.map { MinutesRecognizer.plainText($0) }.joined(separator: " | ") }.joined(separator: " / ")
            case let .heading(_, text): return "heading: " + text.plain
            }
        }
    }

    @Test func wrappedLinesAreJoinedAndListMarkersPutBack() {
        let page = PageText(boxes: [
            Self.box(["Datum: 2024-12-04"], left: 72, top: 60),
            // The first line ends where the next word would not fit (the text's edge is 400).
            Self.box(["Underlaget är utskickat för synpunkter på såväl omfattning som", "innehåll och form."], left: 72, top: 90),
            Self.box(["1."], left: 72, top: 130),
            Self.box(["Föregående mötesanteckningar godkändes"], left: 100, top: 130),
            Self.box(["• Inledning och utmaningar", "• Samverkan idag"], left: 72, top: 160),
            Self.box(["Ett ord som står ensamt på raden men är kort nog att sluta här"], left: 72, top: 200),
        ])
        #expect(Self.plain(PageLayout.blocks([page])) == [
            "Datum: 2024-12-04",
            "Underlaget är utskickat för synpunkter på såväl omfattning som innehåll och form.",
            "1. Föregående mötesanteckningar godkändes",
            "list: Inledning och utmaningar | Samverkan idag",
            "Ett ord som står ensamt på raden men är kort nog att sluta här",
        ])
    }

    /// Two columns of participants under a heading row: row by row (pdftotext) and column by column
    /// (Tesseract) give the same table.
    @Test func boxesSideBySideAreATableInEitherOrder() {
        let left = [Self.box(["Styrgrupp Region"], left: 72, top: 100), Self.box(["Anna Andersson, VGR"], left: 72, top: 120),
                    Self.box(["Björn Berg, NU-sjukvården"], left: 72, top: 140)]
        let right = [Self.box(["Styrgrupp Kommun"], left: 270, top: 100), Self.box(["Cecilia Ceder, VästKom"], left: 270, top: 120),
                     Self.box(["David Dahl, Borås stad", "(förhindrad)"], left: 270, top: 140)]
        let expected = ["table: [Styrgrupp Region | Styrgrupp Kommun] Anna Andersson, VGR | Cecilia Ceder, VästKom / "
                        + "Björn Berg, NU-sjukvården | David Dahl, Borås stad (förhindrad)"]
        let byRows = PageText(boxes: zip(left, right).flatMap { [$0, $1] })
        let byColumns = PageText(boxes: left + right)
        #expect(Self.plain(PageLayout.blocks([byRows])) == expected)
        #expect(Self.plain(PageLayout.blocks([byColumns])) == expected)
    }

    /// The cheap look at a text layer (docs/decisions.md): Swedish without å, ä or ö, or with
    /// digits and `&` inside words, is doubtful; the seeds' text is not.
    @Test func aTextLayerWithoutSwedishLettersIsDoubtful() {
        let damaged = "Minnesanteckning fran uppstartsmote for en forstérkt politisk dialog mellan kommunerna i Véstra Gotaland och "
            + "Vistra Gotalandsregionen Nya regionens hus G6teborg Bergslagsgatan Stationshuset lokal Kupén vice ordférande regionstyrelsen "
            + "halsar alla vdlkomna till dagens méte som &r en uppstart for ett forstarkt politiskt samradsorgan i syfte att utveckla "
            + "och férdjupa samverkan i gemensamma hélso- och sjukvardsfragor"
        let repaired = "Minnesanteckning från uppstartsmöte för en förstärkt politisk dialog mellan kommunerna i Västra Götaland och "
            + "Västra Götalandsregionen Nya regionens hus Göteborg Bergslagsgatan Stationshuset lokal Kupén vice ordförande regionstyrelsen "
            + "hälsar alla välkomna till dagens möte som är en uppstart för ett förstärkt politiskt samrådsorgan i syfte att utveckla "
            + "och fördjupa samverkan i gemensamma hälso- och sjukvårdsfrågor"
        #expect(TextLayerQuality.looksDoubtful(SwedishDictionary.words(in: damaged)))
        #expect(!TextLayerQuality.looksDoubtful(SwedishDictionary.words(in: repaired)))
        #expect(SwedishDictionary.isMangled("G6teborg") && SwedishDictionary.isMangled("B&da") && !SwedishDictionary.isMangled("Göteborg"))
        let quality = TextLayerQuality(words: ["forstérkt", "G6teborg", "politisk", "Jungbeck"] + Array(repeating: "dialog", count: 36),
                                       unknown: ["forstérkt", "Jungbeck"], known: ["jungbeck"])
        #expect(quality.words == 40 && quality.doubtful == 2 && !quality.isBadOCR)
    }
}
