/// A small JSON reader (RFC 8259) into `MustacheValue`: objects keep their fields in the order
/// written (a repeated name replaces the earlier value), numbers without a fraction or exponent
/// that fit in an `Int` are `.int`, other numbers `.double`.
struct MustacheJSONReader {
    /// How deep arrays and objects may be inside each other.
    static let maximumDepth = 512

    let sourceName: String
    let bytes: [UInt8]
    var position = 0

    init(sourceName: String, text: String) {
        self.sourceName = sourceName
        bytes = Array(text.utf8)
    }

    mutating func read() throws(MustacheError) -> MustacheValue {
        let value = try readValue(depth: 0)
        skipSpace()
        guard position == bytes.count else {
            throw fail("text efter värdet")
        }
        return value
    }

    private mutating func readValue(depth: Int) throws(MustacheError) -> MustacheValue {
        guard depth < Self.maximumDepth else {
            throw fail("mer än \(Self.maximumDepth) nivåer i varandra")
        }
        skipSpace()
        guard position < bytes.count else {
            throw fail("texten tar slut där ett värde ska stå")
        }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object(try readObject(depth: depth))
        case UInt8(ascii: "["): return .list(try readArray(depth: depth))
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default: return try readNumber()
        }
    }

    private mutating func readObject(depth: Int) throws(MustacheError) -> MustacheObject {
        position += 1
        var object = MustacheObject()
        skipSpace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
            position += 1
            return object
        }
        while true {
            skipSpace()
            guard position < bytes.count && bytes[position] == UInt8(ascii: "\"") else {
                throw fail("ett namn inom citattecken väntas")
            }
            let key = try readString()
            skipSpace()
            guard position < bytes.count && bytes[position] == UInt8(ascii: ":") else {
                throw fail("kolon väntas efter namnet \"\(key)\"")
            }
            position += 1
            object.set(MustacheSymbol(key), try readValue(depth: depth + 1))
            skipSpace()
            guard position < bytes.count else {
                throw fail("objektet avslutas aldrig med }")
            }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "}") {
                position += 1
                return object
            } else {
                throw fail("komma eller } väntas")
            }
        }
    }

    private mutating func readArray(depth: Int) throws(MustacheError) -> [MustacheValue] {
        position += 1
        var items: [MustacheValue] = []
        skipSpace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
            position += 1
            return items
        }
        while true {
            items.append(try readValue(depth: depth + 1))
            skipSpace()
            guard position < bytes.count else {
                throw fail("listan avslutas aldrig med ]")
            }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return items
            } else {
                throw fail("komma eller ] väntas")
            }
        }
    }

    private mutating func readString() throws(MustacheError) -> String {
        let start = position
        position += 1
        var text: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { break }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
                case UInt8(ascii: "b"): text.append(8)
                case UInt8(ascii: "f"): text.append(12)
                case UInt8(ascii: "n"): text.append(10)
                case UInt8(ascii: "r"): text.append(13)
                case UInt8(ascii: "t"): text.append(9)
                case UInt8(ascii: "u"): text.append(contentsOf: try readUnicodeEscape())
                default:
                    position -= 2
                    throw fail("okänd teckenkod \\\(String(decoding: [escape], as: UTF8.self))")
                }
            case 0..<0x20:
                throw fail("styrtecken i en sträng")
            default:
                text.append(byte)
                position += 1
            }
        }
        position = start
        throw fail("strängen avslutas aldrig med \"")
    }

    /// `\uXXXX` (after the `u`), with a following low surrogate when this is a high one.
    private mutating func readUnicodeEscape() throws(MustacheError) -> [UInt8] {
        var scalar = try readHex4()
        if (0xD800..<0xDC00).contains(scalar), position + 1 < bytes.count,
           bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
            position += 2
            let low = try readHex4()
            if (0xDC00..<0xE000).contains(low) {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
        }
        let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
        return Array(String(character).utf8)
    }

    private mutating func readHex4() throws(MustacheError) -> UInt32 {
        guard position + 4 <= bytes.count else {
            throw fail("\\u ska följas av fyra hexadecimala siffror")
        }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw fail("\\u ska följas av fyra hexadecimala siffror")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    private mutating func readNumber() throws(MustacheError) -> MustacheValue {
        let start = position
        var isInteger = true
        if position < bytes.count && bytes[position] == UInt8(ascii: "-") {
            position += 1
        }
        let digitsStart = position
        skipDigits()
        guard position > digitsStart else {
            throw fail("oväntat tecken")
        }
        if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            let fractionStart = position
            skipDigits()
            guard position > fractionStart else { throw fail("siffror väntas efter decimalpunkten") }
        }
        if position < bytes.count && (bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E")) {
            isInteger = false
            position += 1
            if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) {
                position += 1
            }
            let exponentStart = position
            skipDigits()
            guard position > exponentStart else { throw fail("siffror väntas i exponenten") }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger, let integer = Int(text) {
            return .int(integer)
        }
        guard let number = Double(text) else {
            position = start
            throw fail("talet \(text) kan inte läsas")
        }
        return .double(number)
    }

    private mutating func skipDigits() {
        while position < bytes.count && bytes[position] >= UInt8(ascii: "0") && bytes[position] <= UInt8(ascii: "9") {
            position += 1
        }
    }

    private mutating func expect(_ word: String) throws(MustacheError) {
        let expected = Array(word.utf8)
        guard position + expected.count <= bytes.count,
              Array(bytes[position..<(position + expected.count)]) == expected else {
            throw fail("oväntat tecken")
        }
        position += expected.count
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): position += 1
            default: return
            }
        }
    }

    /// An error at the current position.
    private func fail(_ detail: String) -> MustacheError {
        var line = 1
        var column = 1
        var index = 0
        while index < position && index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return .badJSON(MustachePlace(templateName: sourceName, line: line, column: column), detail)
    }
}
