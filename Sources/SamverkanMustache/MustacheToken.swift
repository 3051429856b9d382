/// One piece of a template's source as the parser sees it: text within a line, a line end, or a tag.
struct MustacheToken {
    enum Kind: UInt8 {
        case text, newline
        case variable, unescapedVariable
        case section, invertedSection, close
        case comment, partial, parent, block, delimiters
    }

    var kind: Kind
    /// The whole token's bytes in the source (a tag with its delimiters).
    var start: Int
    var end: Int
    /// A tag's name (or comment, or delimiter text) without the sigil and surrounding blanks.
    var nameStart = 0
    var nameEnd = 0
    /// The delimiters in effect for a tag (index into the parser's list).
    var delimiters = 0
    /// Where a tag begins: line and column (in characters) from 1.
    var line = 0
    var column = 0

    // Structure (set by `MustacheParser.matchTags`).
    /// The matching opening or closing tag.
    var match = -1
    /// Directly inside a parent tag (outside its blocks), or inside something that is: never rendered.
    var irrelevant = false
    /// For a parent tag pair and the blocks directly inside it: the parent's opening tag. The
    /// text between these tags is not rendered, so they look past it when deciding standalone.
    var shellOwner = -1

    // Standalone lines (set by `MustacheParser.markStandaloneTags`).
    var standalone = false
    /// Only whitespace and unrendered things before the tag on its line.
    var clearLeft = false
    /// Dropped from the output: whitespace and a line end that belong to a standalone tag.
    var deleted = false
    /// The leading whitespace of the tag's line (a standalone partial's or parent's indentation).
    var indentStart = 0
    var indentEnd = 0

    init(kind: Kind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// Tags that may stand alone on a line and then take the line with them.
    var canStandAlone: Bool {
        switch kind {
        case .section, .invertedSection, .close, .comment, .partial, .parent, .block, .delimiters: true
        case .text, .newline, .variable, .unescapedVariable: false
        }
    }

    /// Opens a pair closed by `{{/name}}`.
    var opensPair: Bool {
        switch kind {
        case .section, .invertedSection, .parent, .block: true
        default: false
        }
    }
}
