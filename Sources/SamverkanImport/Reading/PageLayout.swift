/// Turns the words of PDF pages and scans, with where they stand, into the blocks the recognizer
/// already reads from Word: lines wrapped by the page joined into paragraphs again, bullet lines
/// into lists, and boxes side by side (a table of participants in two columns, "Mötespunkt |
/// Anteckning") into a table, so each column stays one column. Coordinates are points.
enum PageLayout {
    /// A run of boxes side by side: its columns' left edges and its rows, each row's cells.
    struct Table {
        var columns: [Double]
        var rows: [[[TextBox]]]
    }

    /// Bullets a line may start with: Word's symbols as pdftotext and Tesseract read them.
    static let bullets: Set<Character> = ["•", "-", "–", "\u{F0B7}", "➤", "▪", "◦", "●", "*", "·", "»", "«", "+"]
    /// Bullets no word starts with, so they mark a list item even without a space after them
    /// (Tesseract reads Word's bullet as `«` or `»` joined to the word).
    static let symbolBullets: Set<Character> = ["•", "\u{F0B7}", "➤", "▪", "◦", "●", "·", "»", "«"]

    /// The text of a list item after its bullets (`« - Vårdsamverkan idag` → `Vårdsamverkan idag`);
    /// nil for a line that is no list item.
    static func listItem(_ line: String) -> String? {
        guard let first = line.first, bullets.contains(first),
              line.dropFirst().first == " " || symbolBullets.contains(first) else { return nil }
        var rest = Substring(line)
        while let mark = rest.first, bullets.contains(mark) || mark == " " { rest = rest.dropFirst() }
        return rest.isEmpty ? nil : String(rest)
    }

    static func blocks(_ pages: [PageText]) -> [DocumentBlock] {
        let textRight = pages.flatMap { $0.boxes.map(\.right) }.max() ?? 0
        var blocks: [DocumentBlock] = []
        var openTable: (table: Table, index: Int)?
        for page in pages {
            var index = 0
            let boxes = markersJoined(page.boxes)
            var firstOnPage = true
            while index < boxes.count {
                if let (table, next) = table(in: boxes, from: index) {
                    // A table that goes on from the last page: its rows are added to it.
                    if firstOnPage, let open = openTable, sameColumns(open.table.columns, table.columns),
                       case let .table(header, rows)? = blocks.last {
                        let added = tableBlock(table, textRight: textRight, withHeader: false).rows
                        blocks[blocks.count - 1] = .table(header: header, rows: continued(rows, with: added, header: header))
                    } else {
                        let made = tableBlock(table, textRight: textRight, withHeader: true)
                        blocks.append(.table(header: made.header, rows: made.rows))
                    }
                    openTable = (table, blocks.count - 1)
                    index = next
                } else {
                    openTable = nil
                    append(paragraphs(of: [boxes[index]], right: textRight), to: &blocks)
                    index += 1
                }
                firstOnPage = false
            }
        }
        return joinedAcrossBoxes(blocks)
    }

    /// A paragraph that a page or a box broke off (`… samt privata vårdgivare. Det` + `betonades att …`):
    /// one that ends without a full stop, followed by one that starts in lower case, is one paragraph.
    static func joinedAcrossBoxes(_ blocks: [DocumentBlock]) -> [DocumentBlock] {
        var result: [DocumentBlock] = []
        for block in blocks {
            if case let .paragraph(next) = block, case let .paragraph(before)? = result.last,
               let first = next.plain.first, first.isLowercase, !startsBlock(next.plain), let last = before.plain.last, !".:!?".contains(last) {
                result[result.count - 1] = .paragraph(text(joined(before.plain, next.plain)))
            } else {
                result.append(block)
            }
        }
        return result
    }

    /// A list's number or bullet that stands apart from its text (Word's hanging indent: `1.` and
    /// `Föregående mötesanteckningar godkändes` are two boxes to pdftotext) put back at the start of
    /// the line beside it.
    static func markersJoined(_ boxes: [TextBox]) -> [TextBox] {
        var boxes = boxes
        for box in boxes.indices {
            for line in boxes[box].lines.indices.reversed() {
                let marker = boxes[box].lines[line]
                guard marker.words.count == 1, isMarker(marker.text) else { continue }
                var target: (box: Int, line: Int)?
                for other in boxes.indices {
                    for candidate in boxes[other].lines.indices where !(other == box && candidate == line) {
                        let next = boxes[other].lines[candidate]
                        guard abs(next.top - marker.top) < marker.height / 2, next.left > marker.right,
                              next.left - marker.right < 72, !isMarker(next.text) else { continue }
                        target = (other, candidate)
                    }
                }
                guard let target else { continue }
                boxes[target.box].lines[target.line].words.insert(marker.words[0], at: 0)
                boxes[box].lines.remove(at: line)
            }
        }
        return boxes.filter { !$0.lines.isEmpty }
    }

    /// `3.`, `12)`, `b.`, `•`: a line that is only a list's marker.
    static func isMarker(_ text: String) -> Bool {
        if text.count == 1, let first = text.first, bullets.contains(first) { return true }
        guard let mark = text.last, mark == "." || mark == ")" else { return false }
        let body = text.dropLast()
        if !body.isEmpty, body.count <= 3, body.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        return body.count == 1 && ("a"..."h").contains(body)
    }

    // MARK: Tables

    /// A table's rows on the next page added to it: the heading row the page repeats left out, and a
    /// first row without its first cell (a cell the page broke) added to the row before.
    static func continued(_ rows: [[[DocumentBlock]]], with added: [[[DocumentBlock]]], header: [[DocumentBlock]]?) -> [[[DocumentBlock]]] {
        var added = added
        if let header, var first = added.first {
            for column in first.indices where column < header.count && first[column].starts(with: header[column]) && !header[column].isEmpty {
                first[column].removeFirst(header[column].count)
            }
            added[0] = first
        }
        guard var result = rows.last.map({ _ in rows }), let first = added.first, first.first?.isEmpty ?? true else { return rows + added }
        var last = result.removeLast()
        for (column, cell) in first.enumerated() where !cell.isEmpty {
            while last.count <= column { last.append([]) }
            var cell = cell
            if case let .paragraph(before)? = last[column].last, case let .paragraph(next)? = cell.first,
               before.plain.filter({ $0 == "(" }).count > before.plain.filter({ $0 == ")" }).count || (next.plain.first?.isLowercase ?? false) {
                last[column][last[column].count - 1] = .paragraph(text(joined(before.plain, next.plain)))
                cell.removeFirst()
            }
            last[column] += cell
        }
        return result + [last] + added.dropFirst()
    }

    /// A table that starts at `boxes[start]`: the box has one beside it (overlapping it from top to
    /// bottom, not from left to right). It goes on while each box stands in one of its columns,
    /// narrower than its column, and, in the first column, has a box of another column beside it or
    /// follows the box above within a line's height. Boxes may come row by row (pdftotext) or column
    /// by column (Tesseract): each row is a box of the first column with what stands beside and
    /// under it in the others.
    static func table(in boxes: [TextBox], from start: Int) -> (Table, Int)? {
        let first = boxes[start]
        guard start + 1 < boxes.count else { return nil }
        let beside = boxes[(start + 1)...].prefix(60).filter { sideBySide(first, $0) }
        guard !beside.isEmpty else { return nil }
        var columns = ([first.left] + beside.map(\.left)).sorted()
        let lineHeight = first.lines.first?.height ?? 12
        var members: [(box: TextBox, column: Int)] = []
        var bottom = first.bottom
        var index = start
        while index < boxes.count {
            let box = boxes[index]
            guard let column = column(of: box, in: columns, tolerance: lineHeight / 2) else {
                // A new column to the right of the others, beside the table.
                if index > start, box.left > (columns.last ?? 0), box.top < bottom {
                    columns.append(box.left)
                    continue
                }
                break
            }
            let nextColumnLeft = column + 1 < columns.count ? columns[column + 1] : Double.infinity
            if box.right > nextColumnLeft - 2 { break }
            if index > start, column == 0, box.top - bottom > lineHeight * 1.2 {
                let partner = boxes[start...].prefix(200).contains { other in
                    other != box && (self.column(of: other, in: columns, tolerance: lineHeight / 2) ?? 0) > 0
                        && other.top < box.bottom + lineHeight && other.bottom > box.top - lineHeight
                }
                if !partner { break }
            }
            members.append((box, column))
            bottom = max(bottom, box.bottom)
            index += 1
        }
        guard index > start + 1 else { return nil }
        let anchors = members.filter { $0.column == 0 }.map(\.box).sorted { $0.top < $1.top }
        var rows: [[[TextBox]]] = Array(repeating: Array(repeating: [], count: columns.count), count: max(anchors.count, 1))
        // What stands under the first row (a heading row) but not beside it: a row of its own, the
        // rest of a cell the page before broke.
        var underFirst: [[TextBox]] = Array(repeating: [], count: columns.count)
        for (box, column) in members {
            let row = anchors.lastIndex { $0.top <= box.top + lineHeight / 2 } ?? 0
            if row == 0, column > 0, let anchor = anchors.first, box.top > anchor.bottom {
                underFirst[column].append(box)
            } else {
                rows[row][column].append(box)
            }
        }
        if underFirst.contains(where: { !$0.isEmpty }) { rows.insert(underFirst, at: 1) }
        for row in rows.indices {
            for column in rows[row].indices { rows[row][column].sort { $0.top < $1.top } }
        }
        return (Table(columns: columns, rows: rows), index)
    }

    static func sideBySide(_ a: TextBox, _ b: TextBox) -> Bool {
        let vertical = min(a.bottom, b.bottom) - max(a.top, b.top)
        let horizontalGap = max(a.left, b.left) - min(a.right, b.right)
        return vertical > 2 && horizontalGap > 4
    }

    static func column(of box: TextBox, in columns: [Double], tolerance: Double) -> Int? {
        columns.firstIndex { abs($0 - box.left) <= tolerance }
    }

    static func sameColumns(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) < 4 }
    }

    /// The table as Word's would be read: the first row its heading when each of its cells is one
    /// short line without a comma (`Mötespunkt | Anteckning`, `Styrgrupp Region | Styrgrupp Kommun`).
    static func tableBlock(_ table: Table, textRight: Double, withHeader: Bool) -> (header: [[DocumentBlock]]?, rows: [[[DocumentBlock]]]) {
        let width = table.columns.count
        let cells = table.rows.map { row in
            (0..<width).map { column -> [DocumentBlock] in
                let boxes = column < row.count ? row[column] : []
                // The edge of the column's text: no further than its widest line, and short of the next column.
                let widest = table.rows.flatMap { $0.count > column ? $0[column].map(\.right) : [] }.max() ?? textRight
                let right = min(column + 1 < width ? table.columns[column + 1] - 4 : textRight, widest + 2)
                var blocks: [DocumentBlock] = []
                append(paragraphs(of: boxes, right: right), to: &blocks)
                return blocks
            }
        }
        guard withHeader, let first = table.rows.first, first.filter({ !$0.isEmpty }).count >= 2,
              first.allSatisfy({ $0.count <= 1 && ($0.first?.lines.count ?? 1) == 1 && !($0.first?.lines.first?.text.contains(",") ?? false)
                  && ($0.first?.lines.first?.text.count ?? 0) <= 60 }) else { return (nil, cells) }
        return (cells[0], Array(cells.dropFirst()))
    }

    // MARK: Paragraphs

    /// The lines of `boxes` as paragraphs: a line goes on in the next one when the next one's first
    /// word would not have fitted at its end (`right` is the edge of the text), when the next one
    /// starts in lower case after a line without a full stop, or when it ends in a hyphenated word.
    static func paragraphs(of boxes: [TextBox], right: Double) -> [String] {
        var paragraphs: [String] = []
        for box in boxes {
            var current: String?
            var previous: TextLine?
            for line in box.lines {
                let text = line.text.collapsingSpaces()
                guard !text.isEmpty else { continue }
                if let before = previous, let started = current, continues(before, paragraph: started, with: line, right: right) {
                    current = joined(started, text)
                } else {
                    if let started = current { paragraphs.append(started) }
                    current = text
                }
                previous = line
            }
            if let started = current { paragraphs.append(started) }
        }
        return paragraphs
    }

    static func continues(_ line: TextLine, paragraph: String, with next: TextLine, right: Double) -> Bool {
        let nextText = next.text
        guard let first = nextText.first, !startsBlock(nextText) else { return false }
        // A label (`Datum:`, `Deltagare`) starts a line of its own; so does a line after a paragraph's space.
        if MinutesRecognizer.field(nextText) != nil
            || MinutesRecognizer.participantLabels.contains(nextText.lowercased().trimmingCharacters(in: ":.")) { return false }
        if next.top - line.bottom > line.height * 0.8 { return false }
        let text = line.text
        let last = text.last ?? " "
        if last == "-", first.isLowercase { return true }
        if first.isLowercase, !".!?".contains(last) { return true }
        // `(förhindrad)` under the name, or a bracket still open: `(ersätter Karin` + `Hallberg …)`.
        if first == "(", !".:!?".contains(last) { return true }
        if paragraph.filter({ $0 == "(" }).count > paragraph.filter({ $0 == ")" }).count { return true }
        if last == ":" { return false }
        guard let word = next.words.first else { return false }
        let space = line.height * 0.3
        return line.right + space + (word.right - word.left) > right - 1
    }

    /// A line that starts something of its own: a bullet, an item `3.`, a sub-item `b)`.
    static func startsBlock(_ text: String) -> Bool {
        if listItem(text) != nil { return true }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 2 {
            let mark = text.dropFirst(digits.count).first
            if mark == "." || mark == ")" { return true }
        }
        if let letter = text.first, ("a"..."h").contains(letter), let mark = text.dropFirst().first, mark == "." || mark == ")",
           text.dropFirst(2).first == " " {
            return true
        }
        return false
    }

    /// `vårdsamverkans-` + `områdena` → `vårdsamverkansområdena`; `hälso-` + `och` keeps both.
    static func joined(_ text: String, _ next: String) -> String {
        guard text.hasSuffix("-"), text.count > 2, let first = next.first, first.isLowercase else { return text + " " + next }
        let nextWord = next.prefix { $0.isLetter }.lowercased()
        if ["och", "eller", "samt", "respektive", "till", "som"].contains(nextWord) { return text + " " + next }
        return String(text.dropLast()) + next
    }

    /// Paragraphs as blocks: lines that start with a bullet together as one list.
    static func append(_ paragraphs: [String], to blocks: inout [DocumentBlock]) {
        var listItems: [[DocumentBlock]] = []
        func closeList() {
            if !listItems.isEmpty { blocks.append(.list(start: nil, items: listItems)) }
            listItems = []
        }
        for paragraph in paragraphs {
            if let item = listItem(paragraph) {
                listItems.append([.paragraph(text(item))])
            } else {
                closeList()
                blocks.append(.paragraph(text(paragraph)))
            }
        }
        closeList()
    }

    static func text(_ plain: String) -> DocumentText {
        DocumentText(markdown: MarkdownEscaping.text(plain), plain: plain)
    }
}
