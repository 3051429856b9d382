/// Whether a PDF's text layer is itself bad OCR (the 2019 minutes: "forstérkt", "G6teborg",
/// "Vdarsamverkan"): the share of its words that the Swedish dictionary does not know, that are
/// no name the site knows, or that have a digit or `&` between letters. Measured on the seeds
/// (docs/decisions.md): 2–9 % in the text PDFs of the five seeds, 29 % in the 2019 text layer.
/// The dictionary is asked only when the text `looksDoubtful`.
struct TextLayerQuality: Sendable, Equatable {
    var words: Int
    var doubtful: Int

    /// At least this share of doubtful words, of at least `minimumWords`, is bad OCR.
    static let badShare = 0.15
    static let minimumWords = 40

    /// The cheap look first, so a good text layer never waits for the dictionary (hunspell takes
    /// 0,1–0,4 s to load Swedish): in the seeds' text PDFs 24–31 % of the words have å, ä or ö, in
    /// the 2019 text layer none. A digit or `&` inside words (`G6teborg`, `B&da`) in 2 % of them is
    /// doubtful too (`é` is not counted: Swedish names have it, Kupén, Helén).
    static func looksDoubtful(_ words: [String]) -> Bool {
        guard words.count >= minimumWords else { return false }
        let swedish = words.filter { $0.contains { "åäöÅÄÖ".contains($0) } }.count
        let mangled = words.filter(SwedishDictionary.isMangled).count
        return Double(swedish) < 0.08 * Double(words.count) || Double(mangled) >= 0.02 * Double(words.count)
    }

    var share: Double { words == 0 ? 0 : Double(doubtful) / Double(words) }
    var isBadOCR: Bool { words >= Self.minimumWords && share >= Self.badShare }

    /// `unknown`: the words the dictionary does not know; `known`: names of the site, lower case.
    init(words all: [String], unknown: Set<String>, known: Set<String>) {
        words = all.count
        doubtful = all.filter { word in
            SwedishDictionary.isMangled(word) || (unknown.contains(word) && !known.contains(word.lowercased()))
        }.count
    }
}
