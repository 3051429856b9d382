extension PageText {
    /// A page of `tesseract … tsv`: one row per word (level 5) with its block, paragraph and line
    /// numbers, box in pixels and confidence. Each paragraph becomes a box.
    static func page(tesseractTSV tsv: String) -> PageText {
        var boxes: [TextBox] = []
        var lastParagraph: (Int, Int)?
        var lastLine: Int?
        for row in tsv.split(separator: "\n").dropFirst() {
            let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 12, columns[0] == "5",
                  let block = Int(columns[2]), let paragraph = Int(columns[3]), let lineNumber = Int(columns[4]),
                  let left = Double(columns[6]), let top = Double(columns[7]),
                  let width = Double(columns[8]), let height = Double(columns[9]), let confidence = Double(columns[10]) else { continue }
            let text = columns[11...].joined(separator: "\t").trimmingSpaces()
            guard !text.isEmpty else { continue }
            let word = ReadWord(text: text, left: left, top: top, right: left + width, bottom: top + height, confidence: confidence)
            if lastParagraph.map({ $0 != (block, paragraph) }) ?? true {
                boxes.append(TextBox(lines: []))
                lastParagraph = (block, paragraph)
                lastLine = nil
            }
            if lastLine != lineNumber {
                boxes[boxes.count - 1].lines.append(TextLine(words: []))
                lastLine = lineNumber
            }
            let lines = boxes[boxes.count - 1].lines
            boxes[boxes.count - 1].lines[lines.count - 1].words.append(word)
        }
        return PageText(boxes: boxes)
    }
}
