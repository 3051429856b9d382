/// Whether a text is a well-formed BCP 47 language tag (RFC 5646 §2.1), as `<html lang>`, Atom's
/// `xml:lang` and the open data need: `sv`, `sv-SE`, `se-Latn-NO`, `sv-x-lattlast`. Registered
/// subtags are not looked up; grandfathered tags (`i-klingon`) are not accepted.
enum LanguageTag {
    static func isWellFormed(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard tag.utf8.count <= 64, subtags.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return false }
        var rest = subtags[...]
        if let first = rest.first, first.lowercased() == "x" { return privateUse(rest) }
        // language: 2–3 letters with up to three extended subtags of 3 letters, or 4–8 letters.
        guard let language = rest.popFirst(), isAlpha(language), language.count >= 2 else { return false }
        if language.count <= 3 {
            var extended = 0
            while extended < 3, let next = rest.first, next.count == 3, isAlpha(next) { rest.removeFirst(); extended += 1 }
        }
        if let script = rest.first, script.count == 4, isAlpha(script) { rest.removeFirst() }
        if let region = rest.first, (region.count == 2 && isAlpha(region)) || (region.count == 3 && isDigits(region)) { rest.removeFirst() }
        while let variant = rest.first,
              variant.count >= 5 || (variant.count == 4 && variant.first?.isNumber == true) { rest.removeFirst() }
        // extensions: a singleton other than x, then subtags of 2–8 characters.
        while let singleton = rest.first, singleton.count == 1, singleton.lowercased() != "x" {
            rest.removeFirst()
            var count = 0
            while let next = rest.first, next.count >= 2 { rest.removeFirst(); count += 1 }
            guard count > 0 else { return false }
        }
        return rest.isEmpty || privateUse(rest)
    }

    /// `x-` and one or more subtags of 1–8 characters.
    private static func privateUse(_ subtags: ArraySlice<Substring>) -> Bool {
        subtags.count >= 2 && subtags.first?.lowercased() == "x"
    }

    private static func isAlpha(_ subtag: Substring) -> Bool { subtag.allSatisfy(\.isLetter) }
    private static func isDigits(_ subtag: Substring) -> Bool { subtag.allSatisfy(\.isNumber) }
}
