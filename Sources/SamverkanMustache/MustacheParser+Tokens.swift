/// Pass 1: the source as text pieces, line ends and tags.
extension MustacheParser {
    mutating func tokenize() throws(MustacheError) {
        var open = delimiterSets[0].open
        var close = delimiterSets[0].close
        var position = 0
        // Line and column of `cursor`, moved forward tag by tag (one pass over the source).
        var cursor = 0
        var line = 1
        var column = 1
        while position < bytes.count {
            let tagStart = find(open, from: position) ?? bytes.count
            appendText(from: position, to: tagStart)
            guard tagStart < bytes.count else { break }
            var token = try readTag(at: tagStart, open: open, close: close)
            token.delimiters = delimiterSets.count - 1
            while cursor < tagStart {
                if bytes[cursor] == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if bytes[cursor] & 0xC0 != 0x80 {
                    column += 1
                }
                cursor += 1
            }
            token.line = line
            token.column = column
            if token.kind == .delimiters {
                let (newOpen, newClose) = try readDelimiters(token)
                open = newOpen
                close = newClose
                delimiterSets.append((open, close))
                // The tag itself was written in the old delimiters.
                token.delimiters = delimiterSets.count - 2
            }
            tokens.append(token)
            position = token.end
        }
    }

    /// Text from `start` to `end`: a `.text` token per line and a `.newline` per line end.
    private mutating func appendText(from start: Int, to end: Int) {
        var lineStart = start
        var index = start
        while index < end {
            if bytes[index] == UInt8(ascii: "\n") {
                var textEnd = index
                if textEnd > lineStart && bytes[textEnd - 1] == UInt8(ascii: "\r") {
                    textEnd -= 1
                }
                if textEnd > lineStart {
                    tokens.append(MustacheToken(kind: .text, start: lineStart, end: textEnd))
                }
                tokens.append(MustacheToken(kind: .newline, start: textEnd, end: index + 1))
                lineStart = index + 1
            }
            index += 1
        }
        if end > lineStart {
            tokens.append(MustacheToken(kind: .text, start: lineStart, end: end))
        }
    }

    /// The tag starting at `start` (at its opening delimiter).
    private func readTag(at start: Int, open: [UInt8], close: [UInt8]) throws(MustacheError) -> MustacheToken {
        var contentStart = start + open.count
        var closing = close
        let kind: MustacheToken.Kind
        let sigil: UInt8? = contentStart < bytes.count ? bytes[contentStart] : nil
        switch sigil {
        case UInt8(ascii: "{"):
            kind = .unescapedVariable
            closing = [UInt8(ascii: "}")] + close
        case UInt8(ascii: "&"): kind = .unescapedVariable
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .invertedSection
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "="):
            kind = .delimiters
            closing = [UInt8(ascii: "=")] + close
        default: kind = .variable
        }
        if kind != .variable {
            contentStart += 1
        }
        let opening = text(start, contentStart)
        let closingText = String(decoding: closing, as: UTF8.self)
        let found = find(closing, from: contentStart)
        if kind == .delimiters, let plainClose = find(close, from: contentStart), plainClose < (found ?? bytes.count) {
            throw .delimitersWithoutEquals(place(start), tag: text(start, plainClose + close.count),
                                           closing: String(decoding: close, as: UTF8.self))
        }
        guard let closeAt = found else {
            if kind == .comment {
                throw .unclosedComment(place(start), opening: opening, closing: closingText)
            }
            let written = opening + firstWord(from: contentStart)
            throw .unclosedTag(place(start), opening: written, closing: closingText,
                               example: written + closingText)
        }
        var token = MustacheToken(kind: kind, start: start, end: closeAt + closing.count)
        if kind == .comment {
            token.nameStart = contentStart
            token.nameEnd = closeAt
            return token
        }
        var nameStart = contentStart
        var nameEnd = closeAt
        while nameStart < nameEnd && Self.isSpace(bytes[nameStart]) {
            nameStart += 1
        }
        while nameEnd > nameStart && Self.isSpace(bytes[nameEnd - 1]) {
            nameEnd -= 1
        }
        token.nameStart = nameStart
        token.nameEnd = nameEnd
        if bytes[contentStart..<closeAt].contains(UInt8(ascii: "\n")) {
            let written = opening + firstWord(from: contentStart)
            throw .tagAcrossLines(place(start), opening: written, closing: closingText, example: written + closingText)
        }
        if kind != .delimiters {
            try checkName(token)
        }
        return token
    }

    /// The name of a tag is one word; a data name is `.` or words with single dots between.
    private func checkName(_ token: MustacheToken) throws(MustacheError) {
        let tag = tagText(token)
        guard token.nameEnd > token.nameStart else {
            throw .emptyTag(place(token.start), tag: tag)
        }
        let name = name(token)
        if !isSolid(token.nameStart, token.nameEnd) {
            throw .nameWithSpace(place(token.start), name: name, tag: tag)
        }
        switch token.kind {
        case .variable, .unescapedVariable, .section, .invertedSection:
            if name != "." && name.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) {
                throw .emptyNamePart(place(token.start), name: name, tag: tag)
            }
        default:
            break
        }
    }

    /// `{{=<% %>=}}`: the two new delimiters.
    private func readDelimiters(_ token: MustacheToken) throws(MustacheError) -> ([UInt8], [UInt8]) {
        var parts: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in bytes[token.nameStart..<token.nameEnd] {
            if Self.isSpace(byte) {
                if !current.isEmpty {
                    parts.append(current)
                    current = []
                }
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty {
            parts.append(current)
        }
        let tag = tagText(token)
        guard parts.count == 2 else {
            throw .delimiterCount(place(token.start), tag: tag)
        }
        for part in parts where part.contains(UInt8(ascii: "=")) {
            throw .delimiterWithEquals(place(token.start), tag: tag, delimiter: String(decoding: part, as: UTF8.self))
        }
        return (parts[0], parts[1])
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
    }

    /// No blanks in the bytes.
    private func isSolid(_ start: Int, _ end: Int) -> Bool {
        !bytes[start..<end].contains(where: Self.isSpace)
    }

    /// The name-like text after an unclosed opening delimiter, for the message.
    private func firstWord(from start: Int) -> String {
        var end = start
        while end < bytes.count && end - start < 40 && !Self.isSpace(bytes[end])
            && bytes[end] != UInt8(ascii: "{") && bytes[end] != UInt8(ascii: "}") && bytes[end] != UInt8(ascii: "<") {
            end += 1
        }
        return text(start, end)
    }
}
