import SamverkanModel

/// Text and attribute values for XML files (the Atom feed, the sitemap).
enum XMLText {
    /// Markup characters escaped; characters XML 1.0 forbids (control characters) left out, so a
    /// stray one can never make the whole feed unreadable.
    static func escape(_ text: String) -> String {
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
}
