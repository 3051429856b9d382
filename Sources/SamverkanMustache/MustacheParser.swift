/// Compiles one template's source into instructions, in four passes over its tokens:
/// 1. `tokenize`: text split at line ends, and tags (following `{{=…=}}` delimiter changes);
/// 2. `matchTags`: opening and closing tags paired, and what is inside a parent tag;
/// 3. `markStandaloneTags`: which tags stand alone on their line and take it with them;
/// 4. `buildProgram`: the instructions, names split and interned, indentation worked out.
/// Every error is thrown with the template's name, line and column.
struct MustacheParser {
    /// How many tag pairs may be inside each other in one template.
    static let maximumNesting = 100

    let templateName: String
    let bytes: [UInt8]
    var tokens: [MustacheToken] = []
    /// Every set of delimiters used, in order; tokens point into it.
    var delimiterSets: [(open: [UInt8], close: [UInt8])] = [(Array("{{".utf8), Array("}}".utf8))]
    /// The byte offset where each line of the source begins.
    let sourceLineOffsets: [Int]
    /// The first token of each line (a line ends with its `.newline` token).
    var tokenLineStarts: [Int] = []
    /// Each token's line (index into `tokenLineStarts`).
    var tokenLines: [Int] = []
    /// Every name the template uses, in order (set by `buildProgram`).
    var references: [MustacheReference] = []

    init(templateName: String, source: String) {
        self.templateName = templateName
        bytes = Array(source.utf8)
        var offsets = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            offsets.append(offset + 1)
        }
        sourceLineOffsets = offsets
    }

    /// Parses the whole template.
    mutating func parse() throws(MustacheError) -> MustacheProgram {
        try tokenize()
        try matchTags()
        findLines()
        markStandaloneTags()
        return buildProgram()
    }

    // MARK: Places and text

    /// The line (from 1) and column (from 1, in characters) of a byte offset.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = sourceLineOffsets.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if sourceLineOffsets[middle] <= offset {
                low = middle
            } else {
                high = middle - 1
            }
        }
        var column = 1
        var index = sourceLineOffsets[low]
        while index < offset && index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (low + 1, column)
    }

    func place(_ offset: Int) -> MustachePlace {
        let (line, column) = lineAndColumn(of: offset)
        return MustachePlace(templateName: templateName, line: line, column: column)
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The tag as written in the source.
    func tagText(_ token: MustacheToken) -> String {
        text(token.start, token.end)
    }

    func name(_ token: MustacheToken) -> String {
        text(token.nameStart, token.nameEnd)
    }

    /// `{{/name}}` in the delimiters of `token`.
    func closeTag(for token: MustacheToken) -> String {
        let set = delimiterSets[token.delimiters]
        return String(decoding: set.open, as: UTF8.self) + "/" + name(token) + String(decoding: set.close, as: UTF8.self)
    }

    /// `{{#name}}` (or another sigil) in the delimiters of `token`.
    func tag(_ sigil: String, for token: MustacheToken) -> String {
        let set = delimiterSets[token.delimiters]
        return String(decoding: set.open, as: UTF8.self) + sigil + name(token) + String(decoding: set.close, as: UTF8.self)
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// True when the bytes are all spaces and tabs.
    func isBlank(_ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            if !Self.isBlank(bytes[index]) {
                return false
            }
            index += 1
        }
        return true
    }

    /// A text token of spaces and tabs only.
    func isBlankText(_ token: MustacheToken) -> Bool {
        token.kind == .text && isBlank(token.start, token.end)
    }

    /// Where `needle` next occurs at or after `start`.
    func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first {
                var matched = 1
                while matched < needle.count && bytes[index + matched] == needle[matched] {
                    matched += 1
                }
                if matched == needle.count {
                    return index
                }
            }
            index += 1
        }
        return nil
    }
}
