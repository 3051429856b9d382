import Foundation
@testable import SamverkanImport
import SamverkanModel
import Testing

/// Scans: the first page of each seed's PDF rasterised at 150 dpi, turned a little and speckled,
/// without a text layer (Fixtures/scan/), read by Tesseract's Swedish model into the same
/// recognizer; and the 2019 minutes with their bad OCR as text layer, which is read again.
@Suite(.enabled(if: ImportFixture.ocrInstalled, "tesseract-ocr, tesseract-ocr-swe or hunspell-sv is not installed: make deps"))
struct ScanImportTests {
    struct Scan: Sendable, CustomTestStringConvertible {
        var name: String
        var body: String
        var date: String
        /// `start–end`, nil when the page says no time.
        var times: String?
        /// The participants of the first page, as the draft has them (absent ones marked).
        var participants: [String]
        var items: [String]
        var testDescription: String { name }
        var relativePath: String { "meetings/\(name.prefix(4))/\(name).md" }
    }

    static let scans: [Scan] = [
        Scan(name: "2019-08-29-sro", body: "sro", date: "2019-08-29", times: nil,
             participants: ["Ann Söderström", "Johan Flarup", "Jeanette Lammel", "Marie-Louise Gefvert", "Thomas Jungbeck",
                            "Jan Eriksson", "Ann-Charlotte Järnström", "Rose-Marie Nyborg", "Malin Emanuelsson",
                            "Johnny Magnusson (frånvarande)"],
             items: ["1", "2"]),
        Scan(name: "2024-08-20-arbetsgrupp-hos-avtal", body: "arbetsgrupp-hos-avtal", date: "2024-08-20", times: "09:00–12:00",
             participants: ["Anders Kullbratt", "Andreas Cerny", "Anette Alfredsson", "Ann Ekberg Jansson", "Anna Hedman",
                            "Annika Mårtensson", "Ann-Katrin Schutz", "Ann-Sofi Isaksson", "Ann-Sofie Rundberg", "Christina Nyström",
                            "Snezana Hadziselimovic", "Erica Cedervret Nilsson", "Graciela Carlson", "Hanna Svanström",
                            "Ingemar Qvarfordt", "Isabelle Alknäs", "Jeanette Rehn", "Jenny Nilsson", "Karolina Wedne Lindberg",
                            "Katarina Orrbeck", "Kristin Moldsvor Birgersson"],
             items: []),
        Scan(name: "2024-10-03-sro", body: "sro", date: "2024-10-03", times: "13:00–15:00",
             participants: ["Maria Berhe", "Lena Ludvigsson", "Jenny Nilsson", "Miguel Odhner", "Marina Johansson", "Theres Sahlström",
                            "Ulf Olsson", "Peter Eriksson", "Adam Johansson", "Bengt Hilmersson", "Dan Nyberg", "Kristina Lännergren",
                            "Malin Swärd Davidsson", "Angela Olausson", "Gitte Caous", "Lena Holmlund", "Anna Lärk Ståhlberg",
                            "Magnus Haggren"],
             items: []),
        Scan(name: "2024-12-04-politisk-referensgrupp", body: "politisk-referensgrupp", date: "2024-12-04", times: "15:30–16:30",
             participants: ["Marina Johansson", "Dan Nyberg", "Janette Olsson", "Monika Beiring", "Bengt Hilmersson", "Adam Johansson",
                            "Kristina Lännergren", "Ann-Sofie Rundberg"],
             items: ["1", "2"]),
        Scan(name: "2026-01-26-gemensam-styrgrupp", body: "gemensam-styrgrupp", date: "2026-01-26", times: "13:00–16:00",
             participants: ["Karin Looström Muth", "Björn Kalin", "Jessica Bergerheim", "Katarina Andersson", "Maria Gjertsen",
                            "Maria Taranger", "Stellan Ahlström", "Susanne Lidén", "Malin Camper", "Sara Magnusson",
                            "Kristina Lännergren", "Anna Lärk Ståhlberg", "Babbs Edberg (frånvarande)", "Helen Nordling",
                            "Karin Hallberg (frånvarande)", "Malin Normann (frånvarande)", "Rikard Strömqvist (frånvarande)",
                            "Tina Isaksson (frånvarande)", "Ulrika Strandrot Frid", "Victoria Fransson", "Annica Hemberg",
                            "Monica Bondesson (frånvarande)"],
             items: []),
    ]

    static let imports: [String: ImportFixture.Imported] = Dictionary(uniqueKeysWithValues: scans.map { scan in
        (scan.name, ImportFixture.importing(ImportFixture.fixture("scan/\(scan.name).pdf"), body: scan.body,
                                            removing: ["content/" + scan.relativePath]))
    })

    static func people(_ meeting: Meeting) -> [String] {
        meeting.participantGroups.flatMap(\.members).map { "\($0.name)\($0.absent ? " (frånvarande)" : "")" }
    }

    /// The first page's date, times, participants (each one of the hand-made file's) and items,
    /// exactly; the draft passes `check` and names the scan as its original, read by OCR.
    @Test(arguments: scans)
    func theFirstPageIsReadExactly(_ scan: Scan) throws {
        let imported = try #require(Self.imports[scan.name])
        #expect(imported.result.created?.path == "content/" + scan.relativePath, "\(imported.lines)")
        let draft = try #require(ImportFixture.meeting(scan.relativePath, in: imported.files))
        let handMade = try #require(ImportFixture.meeting(scan.relativePath, in: ImportFixture.realSite()))
        #expect(draft.date.description == scan.date)
        #expect(draft.start.map { "\($0)–\(draft.end.map(String.init(describing:)) ?? "")" } == scan.times)
        #expect(Self.people(draft) == scan.participants)
        // Each is one of the hand-made file's (whose absences may come from a later page).
        let names = Set(handMade.participantGroups.flatMap(\.members).map(\.name))
        #expect(scan.participants.allSatisfy { names.contains($0.replacingOccurrences(of: " (frånvarande)", with: "")) })
        #expect(ImportFixture.items(in: draft.text.text) == scan.items)
        #expect(draft.original?.href.value == "files/\(scan.name.prefix(4))/\(scan.name).pdf")
        #expect(draft.original?.method == .ocr)
        // Other files may link to items of the later pages, which a first page does not have.
        #expect(ImportFixture.check(imported.files).errors.filter { $0.hasPrefix("content/" + scan.relativePath) } == [])
    }
}

/// The 2019 minutes as the archive has them: a scan with a text layer that is itself bad OCR
/// ("forstérkt", "G6teborg", "Vdarsamverkan"). The layer is judged, the page read again by
/// Tesseract, with a warning, and the words a person should check are marked at their places.
@Suite(.enabled(if: ImportFixture.ocrInstalled, "tesseract-ocr, tesseract-ocr-swe or hunspell-sv is not installed: make deps"))
struct DamagedTextLayerTests {
    static let draft = "content/meetings/2019/2019-08-29-sro.md"
    static let imported = ImportFixture.importing(ImportFixture.fixture("scan/2019-08-29-sro-damaged.pdf"), body: "sro",
                                                  removing: ["content/meetings/2019/2019-08-29-sro.md"])

    @Test func theBadTextLayerIsReadAgainWithAWarning() throws {
        #expect(Self.imported.lines.contains(
            "\(Self.draft):37: warning: PDF-filens text är dålig OCR (34 % av 176 ord okända eller felstavade) och lästes om ur sidornas bild — granska de markerade orden mot originalet"))
        let meeting = try #require(ImportFixture.meeting("meetings/2019/2019-08-29-sro.md", in: Self.imported.files))
        #expect(meeting.original?.method == .ocr)
        #expect(meeting.title == "Minnesanteckning från uppstartsmöte för en förstärkt politisk dialog mellan kommunerna i Västra Götaland och Västra Götalandsregionen")
        #expect(meeting.location?.hasPrefix("Nya regionens hus, Göteborg, Bergslagsgatan 2, Stationshuset") == true)
        #expect(ScanImportTests.people(meeting) == ScanImportTests.scans[0].participants)
        for damaged in ["forstérkt", "G6teborg", "Vdarsamverkan", "Soderstrém"] {
            #expect(!Self.imported.text.contains(damaged), "\(damaged)")
        }
        #expect(ImportFixture.check(Self.imported.files).errors == [])
    }

    /// A word Tesseract was unsure of, and a word neither the dictionary nor the site knows, each at
    /// its line and column of the draft.
    @Test func theWordsToCheckAreMarkedAtTheirPlaces() {
        let hint = "jämför med originalet (files/2019/2019-08-29-sro.pdf) och rätta ordet om det behövs"
        #expect(Self.imported.lines.contains("\(Self.draft):51:3: warning: ”Vårdsamverkan” är osäkert läst (OCR 43 %) — \(hint)"))
        #expect(Self.imported.lines.contains("\(Self.draft):14:21: warning: ”Flarup” finns inte i ordlistan och är inget namn som webbplatsen känner — \(hint)"))
    }
}
