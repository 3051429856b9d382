import SamverkanModel

/// A content file's bytes made into the text every later stage reads: UTF-8 checked (with the
/// place of the first bad byte), a byte-order mark dropped, Windows (CRLF) and old Mac (CR) line
/// endings made `\n`, and control characters that would break HTML, XML, iCalendar or JSON
/// replaced by a space, with a warning.
package enum SourceText {
    package static func decode(_ bytes: [UInt8], path: String) -> (text: String?, diagnostics: [Diagnostic]) {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let body = bytes[start...]
        guard needsCleaning(body) else {
            guard let text = String(validating: body, as: UTF8.self) else { return (nil, [invalidUTF8(body, path: path)]) }
            return (text, [])
        }
        guard String(validating: body, as: UTF8.self) != nil else { return (nil, [invalidUTF8(body, path: path)]) }
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(body.count)
        var firstControl: (line: Int, column: Int, scalar: UInt32)?
        var line = 1
        var column = 1
        var index = body.startIndex
        func noteControl(_ scalar: UInt32) {
            if firstControl == nil { firstControl = (line, column, scalar) }
        }
        while index < body.endIndex {
            let byte = body[index]
            switch byte {
            case 0x0D:
                cleaned.append(0x0A)
                if index + 1 < body.endIndex, body[index + 1] == 0x0A { index += 1 }
                line += 1
                column = 0
            case 0x0A:
                cleaned.append(0x0A)
                line += 1
                column = 0
            case 0x09:
                cleaned.append(byte)
            case 0x00...0x1F, 0x7F:
                noteControl(UInt32(byte))
                cleaned.append(0x20)
            case 0xC2 where index + 1 < body.endIndex && (0x80...0x9F).contains(body[index + 1]):
                noteControl(UInt32(body[index + 1]))
                cleaned.append(0x20)
                index += 1
            case 0xEF where index + 2 < body.endIndex && body[index + 1] == 0xBF && (0xBE...0xBF).contains(body[index + 2]):
                noteControl(0xFFF0 + UInt32(body[index + 2] - 0xB0))
                cleaned.append(0x20)
                index += 2
            default:
                cleaned.append(byte)
            }
            if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        var diagnostics: [Diagnostic] = []
        if let control = firstControl {
            let name = Unicode.Scalar(control.scalar).map(ControlCharacters.name) ?? "?"
            diagnostics.append(.warning(
                SourceLocation(path: path, line: control.line, column: control.column),
                "styrtecknet \(name) i texten har ersatts med mellanslag",
                hint: "tecknet kommer ofta från Word (radbrytning, sidbrytning); ta bort det ur filen"))
        }
        return (String(decoding: cleaned, as: UTF8.self), diagnostics)
    }

    /// True when the bytes hold a CR or a control character: the rare file that must be cleaned.
    private static func needsCleaning(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBytes { raw in
            var previous: UInt8 = 0
            func needs(_ byte: UInt8) -> Bool {
                defer { previous = byte }
                // Printable ASCII, nearly every byte of a file, is decided by one comparison.
                if byte >= 0x20, byte < 0x7F { return false }
                if byte < 0x20, byte != 0x0A, byte != 0x09 { return true }
                if byte == 0x7F { return true }
                if previous == 0xC2, (0x80...0x9F).contains(byte) { return true }
                if previous == 0xBF, byte >= 0xBE, byte <= 0xBF { return true }  // possibly U+FFFE/U+FFFF: checked exactly later
                return false
            }
            let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
            var index = 0
            while index + 8 <= raw.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                // Eight bytes at a time: none below 0x20 and none from 0x7F up means eight printable
                // ASCII bytes (a borrow or carry between bytes only ever marks a word that is marked anyway).
                let below = (word &- ones &* 0x20) & ~word & highBits
                let above = (word | (word &+ ones)) & highBits
                if below | above == 0 {
                    previous = UInt8(truncatingIfNeeded: word >> 56)
                } else {
                    for offset in index ..< index + 8 where needs(raw[offset]) { return true }
                }
                index += 8
            }
            for offset in index ..< raw.count where needs(raw[offset]) { return true }
            return false
        }
    }

    /// The error for bytes that are not UTF-8, at the line and column of the first bad byte.
    private static func invalidUTF8(_ bytes: ArraySlice<UInt8>, path: String) -> Diagnostic {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1
        var column = 1
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded):
                if encoded.count == 1, encoded.first == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error, .emptyInput:
                break loop
            }
        }
        return .error(SourceLocation(path: path, line: line, column: column), "filen är inte sparad som UTF-8",
                      hint: "spara om filen med teckenkodningen UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8)")
    }
}
