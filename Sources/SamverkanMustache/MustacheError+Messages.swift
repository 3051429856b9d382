/// Every message the engine gives, in one place (Swedish, as the site's users read them).
extension MustacheError {
    /// What a tag pair is called in a message, by its opening sigil.
    static func pairWords(_ sigil: UInt8) -> (noun: String, definite: String) {
        switch sigil {
        case UInt8(ascii: "^"): ("en inverterad sektion", "sektionen")
        case UInt8(ascii: "<"): ("ett arv", "arvet")
        case UInt8(ascii: "$"): ("ett block", "blocket")
        default: ("en sektion", "sektionen")
        }
    }

    /// `{{#secretary}}` opened and never closed; reported at the opening tag.
    static func unclosedSection(_ place: MustachePlace, openTag: String, sigil: UInt8, closeTag: String) -> MustacheError {
        let words = pairWords(sigil)
        return place.error("\(words.noun) \(openTag) avslutas aldrig",
                           hint: "skriv \(closeTag) där \(words.definite) slutar")
    }

    /// `{{/x}}` where `{{#y}}` (opened on `openLine`) is the innermost open section.
    static func mismatchedClose(_ place: MustachePlace, closeTag: String, openTag: String, openLine: Int,
                                expectedClose: String, closesOuter: Bool) -> MustacheError {
        let hint = closesOuter
            ? "avsluta \(openTag) med \(expectedClose) före \(closeTag)"
            : "skriv \(expectedClose) om det är \(openTag) som slutar här, eller rätta namnet"
        return place.error("\(closeTag) avslutar \(openTag) från rad \(openLine)", hint: hint)
    }

    /// `{{/x}}` with nothing open.
    static func closeWithoutOpen(_ place: MustachePlace, closeTag: String, openExample: String) -> MustacheError {
        place.error("\(closeTag) avslutar ingen sektion",
                    hint: "ta bort \(closeTag) eller skriv \(openExample) där sektionen börjar")
    }

    /// `{{title` with no `}}` after it.
    static func unclosedTag(_ place: MustachePlace, opening: String, closing: String, example: String) -> MustacheError {
        place.error("taggen \(opening) avslutas aldrig med \(closing)", hint: "skriv \(closing) direkt efter namnet: \(example)")
    }

    /// `{{! …` with no `}}` after it.
    static func unclosedComment(_ place: MustachePlace, opening: String, closing: String) -> MustacheError {
        place.error("kommentaren \(opening) avslutas aldrig med \(closing)", hint: "skriv \(closing) där kommentaren slutar")
    }

    /// `{{title` and the `}}` on a later line.
    static func tagAcrossLines(_ place: MustachePlace, opening: String, closing: String, example: String) -> MustacheError {
        place.error("taggen \(opening) avslutas inte på sin rad", hint: "skriv \(closing) direkt efter namnet: \(example)")
    }

    /// `{{}}`, `{{#}}`, `{{> }}`.
    static func emptyTag(_ place: MustachePlace, tag: String) -> MustacheError {
        place.error("taggen \(tag) saknar namn", hint: "skriv ett namn i taggen, till exempel {{title}}")
    }

    /// `{{first name}}`.
    static func nameWithSpace(_ place: MustachePlace, name: String, tag: String) -> MustacheError {
        place.error("namnet \"\(name)\" i \(tag) innehåller mellanslag",
                    hint: "ett namn är ett ord, eller ord med punkt emellan: {{layout.title}}")
    }

    /// `{{a..b}}`, `{{.a}}`, `{{a.}}`.
    static func emptyNamePart(_ place: MustachePlace, name: String, tag: String) -> MustacheError {
        place.error("namnet \"\(name)\" i \(tag) har en tom del mellan punkterna",
                    hint: "skriv ord med en punkt emellan, till exempel {{layout.title}}, eller {{.}} för värdet självt")
    }

    /// `{{=<% %>}}`: the `=` before the closing delimiter is missing.
    static func delimitersWithoutEquals(_ place: MustachePlace, tag: String, closing: String) -> MustacheError {
        place.error("ändringen av avgränsare \(tag) saknar = före \(closing)",
                    hint: "skriv till exempel {{=<% %>=}}")
    }

    /// `{{=<%=}}`, `{{=a b c=}}`.
    static func delimiterCount(_ place: MustachePlace, tag: String) -> MustacheError {
        place.error("ändringen av avgränsare \(tag) ska ha två avgränsare",
                    hint: "skriv en början och ett slut med mellanslag emellan, till exempel {{=<% %>=}}")
    }

    /// `{{=<= =>=}}`.
    static func delimiterWithEquals(_ place: MustachePlace, tag: String, delimiter: String) -> MustacheError {
        place.error("avgränsaren \"\(delimiter)\" i \(tag) innehåller =",
                    hint: "välj avgränsare utan = och utan mellanslag, till exempel {{=<% %>=}}")
    }

    /// More tag pairs inside each other than the parser allows.
    static func nestedTooDeep(_ place: MustachePlace, tag: String, limit: Int) -> MustacheError {
        place.error("mallen har mer än \(limit) sektioner i varandra vid \(tag)",
                    hint: "dela upp mallen i partialer")
    }

    /// Partials (or parents) including each other past the limit, when rendering.
    static func recursionTooDeep(_ place: MustachePlace, tag: String, limit: Int) -> MustacheError {
        place.error("partialer inkluderar varandra mer än \(limit) nivåer djupt vid \(tag)",
                    hint: "en partial som inkluderar sig själv måste sluta någon gång, till exempel när en lista är tom")
    }

    /// `render` asked for a template that is not registered.
    static func unknownTemplate(_ name: String) -> MustacheError {
        MustacheError(templateName: name, line: 0, column: 0, message: "mallen \"\(name)\" finns inte",
                      hint: "registrera mallen innan den används")
    }

    /// `{{>x}}` naming no registered template.
    static func missingPartial(_ place: MustachePlace, tag: String, name: String) -> MustacheError {
        place.error("partialen \(tag) finns inte",
                    hint: "det finns ingen mall med namnet \"\(name)\": skapa den eller rätta namnet")
    }

    /// `{{<x}}` naming no registered template.
    static func missingParent(_ place: MustachePlace, tag: String, name: String) -> MustacheError {
        place.error("mallen \(tag) som ärvs finns inte",
                    hint: "det finns ingen mall med namnet \"\(name)\": skapa den eller rätta namnet")
    }
}

/// Messages of the JSON reader and the spec cases.
extension MustacheError {
    static func badJSON(_ place: MustachePlace, _ detail: String) -> MustacheError {
        place.error("JSON-texten kan inte läsas: \(detail)", hint: "kontrollera JSON-syntaxen vid platsen")
    }

    static func badSpecCase(_ file: String, _ detail: String) -> MustacheError {
        MustacheError(templateName: file, line: 0, column: 0, message: "spec-filen har fel form: \(detail)",
                      hint: "filen ska ha en lista \"tests\" med name, data, template, partials och expected")
    }
}
