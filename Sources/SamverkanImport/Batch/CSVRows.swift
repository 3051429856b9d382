/// Rows of comma-separated values, with their line numbers: fields in double quotes may hold
/// commas, line breaks and doubled quotes (RFC 4180); CRLF and LF both end a row.
enum CSVRows {
    static func parse(_ text: String) -> [(line: Int, cells: [String])] {
        var rows: [(Int, [String])] = []
        var cells: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var characters = text.makeIterator()
        var pending: Character?
        func endRow() {
            cells.append(field)
            if !(cells.count == 1 && cells[0].isEmpty) { rows.append((rowLine, cells)) }
            cells = []
            field = ""
        }
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = characters.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character == "\r\n" ? "\n" : character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty: quoted = true
            case ",": cells.append(field); field = ""
            case "\n", "\r\n", "\r":
                endRow()
                line += 1
                rowLine = line
            default: field.append(character)
            }
        }
        if !field.isEmpty || !cells.isEmpty { endRow() }
        return rows
    }
}
