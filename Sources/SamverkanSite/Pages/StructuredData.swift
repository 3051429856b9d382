/// A schema.org JSON-LD value, written with its keys in the order given (so builds stay
/// byte-identical) and with `<`, `>` and `&` escaped, so that no text from the content can end
/// the `<script>` element it is written into.
indirect enum StructuredData: Sendable {
    case text(String)
    case number(Int)
    case object([(String, StructuredData)])
    case list([StructuredData])

    /// An object with `@type`, leaving out the fields that are nil.
    static func thing(_ type: String, _ fields: [(String, StructuredData?)]) -> StructuredData {
        .object([("@type", .text(type))] + fields.compactMap { key, value in value.map { (key, $0) } })
    }

    /// The script element's content: one `@graph` under the schema.org context.
    static func document(_ nodes: [StructuredData]) -> String {
        var out = ""
        StructuredData.object([("@context", .text("https://schema.org")), ("@graph", .list(nodes))]).write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case let .text(value): Self.writeString(value, to: &out)
        case let .number(value): out += String(value)
        case let .list(values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.write(to: &out)
            }
            out += "]"
        case let .object(fields):
            out += "{"
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { out += "," }
                Self.writeString(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    static func writeString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
