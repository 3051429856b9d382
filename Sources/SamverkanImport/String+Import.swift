extension StringProtocol {
    /// Without spaces, tabs and line breaks at either end.
    func trimmingSpaces() -> String {
        var characters = self[...]
        while let first = characters.first, first.isWhitespace || first == "\u{2028}" { characters.removeFirst() }
        while let last = characters.last, last.isWhitespace || last == "\u{2028}" { characters.removeLast() }
        return String(characters)
    }

    /// Runs of white space (no-break spaces, tabs, line breaks) as one space, trimmed.
    func collapsingSpaces() -> String {
        var result = ""
        var pendingSpace = false
        for character in self {
            if character.isWhitespace || character == "\u{2028}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
