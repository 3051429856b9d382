extension PageText {
    /// The pages of `pdftotext -bbox-layout`'s XHTML: `<page>`, `<block>`, `<line>`, `<word xMin=…>text</word>`.
    /// Anything else in it is skipped; a page without words is an empty page (a scan). Read as bytes:
    /// a document's XHTML is a few hundred kB, and reading it by characters cost more than pdftotext.
    static func pages(boundingBoxes xhtml: [UInt8]) -> [PageText] {
        var pages: [PageText] = []
        var page: PageText?
        var box: TextBox?
        var line: TextLine?
        var index = 0
        let count = xhtml.count
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">")
        while index < count {
            guard xhtml[index] == lt else { index += 1; continue }
            var close = index + 1
            while close < count, xhtml[close] != gt { close += 1 }
            guard close < count else { break }
            let tag = xhtml[(index + 1)..<close]
            index = close + 1
            if tag.starts(with: "page".utf8) {
                page = PageText(boxes: [])
            } else if tag.elementsEqual("/page".utf8) {
                if let finished = page { pages.append(finished) }
                page = nil
            } else if tag.starts(with: "block ".utf8) {
                box = TextBox(lines: [])
            } else if tag.elementsEqual("/block".utf8) {
                if let finished = box, !finished.lines.isEmpty { page?.boxes.append(finished) }
                box = nil
            } else if tag.starts(with: "line ".utf8) {
                line = TextLine(words: [])
            } else if tag.elementsEqual("/line".utf8) {
                if let finished = line, !finished.words.isEmpty { box?.lines.append(finished) }
                line = nil
            } else if tag.starts(with: "word ".utf8) {
                var end = index
                while end < count, xhtml[end] != lt { end += 1 }
                let text = unescaped(String(decoding: xhtml[index..<end], as: UTF8.self))
                index = end
                let number = { (name: String) in attribute(name, in: tag) ?? 0 }
                if !text.isEmpty {
                    line?.words.append(ReadWord(text: text, left: number("xMin"), top: number("yMin"),
                                                right: number("xMax"), bottom: number("yMax")))
                }
            }
        }
        return pages
    }

    /// `xMin="72.1"` in a tag's bytes, as a number.
    static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> Double? {
        let key = Array(" \(name)=\"".utf8)
        guard let start = tag.indices.first(where: { tag[$0...].starts(with: key) }) else { return nil }
        let value = tag[(start + key.count)...].prefix { $0 != UInt8(ascii: "\"") }
        return Double(String(decoding: value, as: UTF8.self))
    }

    /// XML's five entities and numeric references, as pdftotext writes them.
    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
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
