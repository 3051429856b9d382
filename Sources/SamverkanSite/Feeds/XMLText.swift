import SamverkanModel

/// Text and attribute values for XML files (the Atom feed, the sitemap).
enum XMLText {
    /// Markup characters escaped; characters XML 1.0 forbids (control characters) left out, so a
    /// stray one can never make the whole feed unreadable.
    static func escape(_ text: String) -> String {
        // Most values (ids, titles, dates) need nothing: one look at the bytes, and the text is kept.
        if !text.utf8.contains(where: mayNeedEscaping) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in ControlCharacters.removing(from: text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A markup character, or a byte that begins or is a forbidden character (a control character,
    /// the lead byte of a C1 control `0xC2`, or of U+FFFE/U+FFFF `0xEF`).
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), 0x7F, 0xC2, 0xEF: true
        case 0x09, 0x0A: false
        case 0x00...0x1F: true
        default: false
        }
    }
}
