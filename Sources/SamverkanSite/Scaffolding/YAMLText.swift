import SamverkanModel

/// YAML as `samverkan new` writes it: plain like the hand-written content files where that is safe
/// (`location: Stationshuset Lejonet`), double-quoted with escapes otherwise (`"Lokal: Kupén"`), so
/// any name or place reads back as exactly the same text.
public enum YAMLText {
    /// Words YAML 1.1 tools read as booleans or null when plain.
    static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null"]

    /// Punctuation that is safe inside a plain scalar that starts with a letter.
    static let safePunctuation: Set<Character> = [" ", ".", ",", ";", "(", ")", "/", "-", "–", "—",
                                                  "'", "’", "&", "+", "!", "?", "%"]

    public static func scalar(_ text: String) -> String {
        isSafePlain(text) ? text : quoted(text)
    }

    /// Starts with a letter, ends with no space, holds letters, digits and harmless punctuation only, and
    /// `:` only inside a word (`SRO:s`), never before a space or at the end.
    static func isSafePlain(_ text: String) -> Bool {
        let characters = Array(text)
        guard let first = characters.first, first.isLetter, characters.last != " ",
              !reserved.contains(text.lowercased()) else { return false }
        for (index, character) in characters.enumerated() {
            if character.isLetter || character.isNumber || safePunctuation.contains(character) { continue }
            if character == ":", index + 1 < characters.count, characters[index + 1].isLetter { continue }
            return false
        }
        return !text.contains("  ")
    }

    /// `"…"` with `\\`, `\"` and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || [0x2028, 0x2029, 0xFEFF].contains(value) {
                    let hex = String(value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
