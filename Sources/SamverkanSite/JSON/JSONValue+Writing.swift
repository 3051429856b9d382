/// The two ways the site writes JSON, both over UTF-8 bytes.
extension JSONValue {
    /// On one line, keys in the given order, `<`, `>`, `&`, U+2028 and U+2029 escaped as well: safe
    /// inside a `<script>` element (JSON-LD) and in any text file.
    func writeCompact(to out: inout [UInt8]) {
        switch self {
        case let .text(value): Self.writeString(value, escapingHTML: true, to: &out)
        case let .number(value): out.append(contentsOf: String(value).utf8)
        case let .bool(value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case let .list(values):
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                value.writeCompact(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let .object(fields):
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeString(key, escapingHTML: true, to: &out)
                out.append(UInt8(ascii: ":"))
                value.writeCompact(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Indented by two spaces with `"key" : value`, keys sorted, slashes as they are: the layout the
    /// open data files have had since they were first published (Foundation's `JSONEncoder` with
    /// `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`), so a reader's diff stays quiet.
    func writePretty(to out: inout [UInt8], indent: Int = 0) {
        switch self {
        case .text, .number, .bool: writeCompactScalar(to: &out)
        case let .list(values):
            out.append(UInt8(ascii: "["))
            out.append(UInt8(ascii: "\n"))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(contentsOf: ",\n".utf8) }
                Self.indent(indent + 2, &out)
                value.writePretty(to: &out, indent: indent + 2)
            }
            out.append(UInt8(ascii: "\n"))
            Self.indent(indent, &out)
            out.append(UInt8(ascii: "]"))
        case let .object(fields):
            out.append(UInt8(ascii: "{"))
            out.append(UInt8(ascii: "\n"))
            let sorted = fields.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            for (index, (key, value)) in sorted.enumerated() {
                if index > 0 { out.append(contentsOf: ",\n".utf8) }
                Self.indent(indent + 2, &out)
                Self.writeString(key, escapingHTML: false, to: &out)
                out.append(contentsOf: " : ".utf8)
                value.writePretty(to: &out, indent: indent + 2)
            }
            out.append(UInt8(ascii: "\n"))
            Self.indent(indent, &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private func writeCompactScalar(to out: inout [UInt8]) {
        if case let .text(value) = self {
            Self.writeString(value, escapingHTML: false, to: &out)
        } else {
            writeCompact(to: &out)
        }
    }

    private static func indent(_ count: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\r`, `\t`, `\b`, `\f` or
    /// `\u00xx`; with `escapingHTML` also `<`, `>`, `&` and the line and paragraph separators as `\uXXXX`.
    /// Runs of bytes that need nothing are copied at once.
    static func writeString(_ value: String, escapingHTML: Bool, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let escape: String?
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case 0x08: escape = escapingHTML ? "\\u0008" : "\\b"
                case 0x0C: escape = escapingHTML ? "\\u000c" : "\\f"
                case 0x00 ..< 0x20: escape = "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
                case UInt8(ascii: "<") where escapingHTML: escape = "\\u003c"
                case UInt8(ascii: ">") where escapingHTML: escape = "\\u003e"
                case UInt8(ascii: "&") where escapingHTML: escape = "\\u0026"
                case 0xE2 where escapingHTML && index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                default: escape = nil
                }
                guard let escape else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart ..< index]))
                out.append(contentsOf: escape.utf8)
                index += byte == 0xE2 ? 3 : 1
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart ..< bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
