import SamverkanModel

/// The warnings that send a reviewer to the places of an OCR'd draft to read against the original:
/// a PDF whose text layer was bad OCR and was read again, and each word Tesseract was unsure of or
/// the Swedish dictionary does not know (and that is no name the site knows), at each line and
/// column of the draft where it stands.
enum ReviewMarks {
    static func warnings(_ read: ReadDocument, in text: String, path: String, original: String?) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let compare = original.map { "jämför med originalet (\($0)) och rätta ordet om det behövs" }
            ?? "jämför med originalet och rätta ordet om det behövs"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let quality = read.reread {
            let line = lines.firstIndex { $0 == "original:" }.map { $0 + 1 } ?? 1
            let percent = Int((quality.share * 100).rounded())
            warnings.append(.warning(SourceLocation(path: path, line: line),
                                     "PDF-filens text är dålig OCR (\(percent) % av \(quality.words) ord okända eller felstavade) och lästes om ur sidornas bild",
                                     hint: "granska de markerade orden mot originalet"))
        }
        guard !read.review.isEmpty else { return warnings }
        let byWord = Dictionary(read.review.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, line) in lines.enumerated() {
            var column = 1
            var seen: Set<String> = []
            var word = ""
            var wordColumn = 1
            func flush() {
                let trimmed = String(word.reversed().drop { !$0.isLetter }.reversed())
                if let review = byWord[trimmed], !seen.contains(trimmed) {
                    seen.insert(trimmed)
                    let message = review.confidence.map { "”\(trimmed)” är osäkert läst (OCR \($0) %)" }
                        ?? "”\(trimmed)” finns inte i ordlistan och är inget namn som webbplatsen känner"
                    warnings.append(.warning(SourceLocation(path: path, line: index + 1, column: wordColumn), message, hint: compare))
                }
                word = ""
            }
            for character in line {
                if character.isLetter || (!word.isEmpty && (character == "-" || character == "'" || character == "&" || character.isNumber)) {
                    if word.isEmpty { wordColumn = column }
                    word.append(character)
                } else {
                    flush()
                }
                column += 1
            }
            flush()
        }
        return warnings
    }
}
