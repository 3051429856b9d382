extension PageText {
    /// The pages of `pdftotext -bbox-layout`'s XHTML: `<page>`, `<block>`, `<line>`, `<word xMin=…>text</word>`.
    /// Anything else in it is skipped; a page without words is an empty page (a scan).
    static func pages(boundingBoxes xhtml: String) -> [PageText] {
        var pages: [PageText] = []
        var page: PageText?
        var box: TextBox?
        var line: TextLine?
        var rest = Substring(xhtml)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[open...]
            guard let close = rest.firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("page ") || tag == "page" {
                page = PageText(boxes: [])
            } else if tag == "/page" {
                if let finished = page { pages.append(finished) }
                page = nil
            } else if tag.hasPrefix("block ") {
                box = TextBox(lines: [])
            } else if tag == "/block" {
                if let finished = box, !finished.lines.isEmpty { page?.boxes.append(finished) }
                box = nil
            } else if tag.hasPrefix("line ") {
                line = TextLine(words: [])
            } else if tag == "/line" {
                if let finished = line, !finished.words.isEmpty { box?.lines.append(finished) }
                line = nil
            } else if tag.hasPrefix("word ") {
                guard let end = rest.range(of: "</word>") else { break }
                let text = unescaped(rest[..<end.lowerBound])
                rest = rest[end.upperBound...]
                let number = { (name: String) in attribute(name, in: tag) ?? 0 }
                if !text.isEmpty {
                    line?.words.append(ReadWord(text: text, left: number("xMin"), top: number("yMin"),
                                                right: number("xMax"), bottom: number("yMax")))
                }
            }
        }
        return pages
    }

    static func attribute(_ name: String, in tag: Substring) -> Double? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let value = tag[start.upperBound...].prefix { $0 != "\"" }
        return Double(value)
    }

    /// XML's five entities and numeric references, as pdftotext writes them.
    static func unescaped(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var result = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(10).firstIndex(of: ";") else {
                result.append("&")
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            rest = rest[rest.index(after: semicolon)...]
            switch name {
            case "amp": result.append("&")
            case "lt": result.append("<")
            case "gt": result.append(">")
            case "quot": result.append("\"")
            case "apos": result.append("'")
            default:
                let number = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { result.unicodeScalars.append(scalar) }
            }
        }
        return result + rest
    }
}
