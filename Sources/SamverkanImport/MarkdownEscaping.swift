import SamverkanModel

/// Text from Word as Markdown that reads back as the same words: the characters Markdown would take
/// as marks are escaped, and a line that would start a heading, quote or list is escaped at its start.
enum MarkdownEscaping {
    private static let marks: Set<Character> = ["\\", "*", "_", "[", "]", "<", ">", "`", "~"]

    static func text(_ string: String) -> String {
        var result = ""
        let characters = Array(string)
        for (index, character) in characters.enumerated() {
            if marks.contains(character) {
                result.append("\\")
            } else if character == "&", index + 1 < characters.count,
                      characters[index + 1].isLetter || characters[index + 1] == "#" {
                result.append("\\")
            }
            result.append(character)
        }
        return result
    }

    /// `*x*` around the text, with spaces at its ends kept outside the marks; nothing for no text.
    static func wrap(_ inner: String, in mark: String) -> String {
        let trimmed = inner.trimmingSpaces()
        guard !trimmed.isEmpty else { return inner.isEmpty ? "" : " " }
        let leading = inner.first == " " ? " " : ""
        let trailing = inner.last == " " ? " " : ""
        return leading + mark + trimmed + mark + trailing
    }

    /// Escapes what would make a line something else than a paragraph line: `#`, `>`, `-`, `+`, `=`,
    /// `|`, and `12.` / `12)`.
    static func lineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if ["#", ">", "-", "+", "=", "|"].contains(first) { return "\\" + line }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = line.dropFirst(digits.count)
            if let next = rest.first, next == "." || next == ")" {
                return digits + "\\" + rest
            }
        }
        return line
    }

    static func isWebAddress(_ address: String) -> Bool {
        let lower = address.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:"))
            && !address.contains(where: { $0.isNewline }) && address.count > 8
    }

    /// The address as a Markdown link target: spaces, brackets and angle brackets percent-encoded.
    static func address(_ address: String) -> String {
        var result = ""
        for scalar in address.unicodeScalars {
            switch scalar {
            case " ": result += "%20"
            case "(": result += "%28"
            case ")": result += "%29"
            case "<": result += "%3C"
            case ">": result += "%3E"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// An address as a warning shows it: control characters out, at most 80 characters.
    static func shown(_ address: String) -> String {
        let clean = ControlCharacters.removing(from: address.replacingOccurrences(of: "\n", with: " "))
        return clean.count > 80 ? String(clean.prefix(77)) + "…" : clean
    }
}
