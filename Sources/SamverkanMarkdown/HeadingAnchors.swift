import SamverkanModel

/// Gives headings their anchors: `#punkt-8` for agenda item 8, `#punkt-3a` for its sub-item a,
/// and a slug of the text for every other heading ("Övrig information" → `#ovrig-information`).
enum HeadingAnchors {
    static func assign(_ headings: [MarkdownHeading], reserved: Set<String>) -> [MarkdownHeading] {
        var used = reserved
        var currentItem: String?
        return headings.map { heading in
            var heading = heading
            var base: String
            if heading.level == 2, let (number, title) = agendaItem(heading.text) {
                currentItem = number
                heading.itemNumber = number
                heading.itemTitle = title
                base = PageAnchors.agendaItem(number)
            } else if heading.level == 3, let item = currentItem, let (letter, title) = subItem(heading.text, of: item) {
                heading.itemNumber = item + letter
                heading.itemTitle = title
                base = PageAnchors.agendaItem(item + letter)
            } else {
                if heading.level <= 2 { currentItem = nil }
                base = slug(heading.text)
            }
            var anchor = base
            var counter = 2
            while used.contains(anchor) {
                anchor = "\(base)-\(counter)"
                counter += 1
            }
            used.insert(anchor)
            heading.anchor = anchor
            return heading
        }
    }

    /// "8. Representanter SRO" → ("8", "Representanter SRO"); also "8) …".
    static func agendaItem(_ text: String) -> (String, String)? {
        let digits = text.prefix { $0.isASCIIDigit }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        var rest = text.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
        rest = rest.dropFirst()
        guard rest.isEmpty || rest.first!.isWhitespace else { return nil }
        return (String(Int(digits)!), rest.trimmingWhiteSpace())
    }

    /// "a. Samverkan …", "3 a. Samverkan …", "3a) …" under item 3 → ("a", "Samverkan …").
    static func subItem(_ text: String, of item: String) -> (String, String)? {
        var rest = Substring(text)
        if rest.hasPrefix(item) {
            let afterNumber = rest.dropFirst(item.count)
            if afterNumber.first?.isASCIIDigit != true { rest = afterNumber.drop { $0 == " " } }
        }
        guard let letter = rest.first, letter.isLetter, letter.isLowercase || letter.isUppercase else { return nil }
        rest = rest.dropFirst()
        guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
        rest = rest.dropFirst()
        guard rest.isEmpty || rest.first!.isWhitespace else { return nil }
        return (String(letter).lowercased(), rest.trimmingWhiteSpace())
    }

    /// Lower case, å/ä → a, ö → o, spaces → `-`, other signs dropped.
    static func slug(_ text: String) -> String {
        // One rule for every slug of the site, anchors and person pages alike.
        SiteURL.slug(text, fallback: "rubrik")
    }
}

import Foundation
