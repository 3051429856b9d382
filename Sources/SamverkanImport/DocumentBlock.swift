/// A block of a Word document as the import reads it: pandoc's document tree, reduced to what
/// minutes are made of. Text comes twice: as Markdown for the written file and as plain text for
/// recognising header lines, items and decisions.
enum DocumentBlock: Sendable, Equatable {
    case paragraph(DocumentText)
    case heading(level: Int, DocumentText)
    /// A Word list: `start` is the number of the first item of a numbered list, nil for bullets.
    case list(start: Int?, items: [[DocumentBlock]])
    /// Rows of cells, each cell its blocks; `header` is the table's heading row when it has one.
    case table(header: [[DocumentBlock]]?, rows: [[[DocumentBlock]]])
}

/// One paragraph's text: Markdown (emphasis, links, hard line breaks) and the plain words.
struct DocumentText: Sendable, Equatable {
    var markdown: String
    var plain: String

    init(markdown: String, plain: String) {
        self.markdown = markdown
        self.plain = plain
    }

    var isEmpty: Bool { plain.allSatisfy(\.isWhitespace) }
}
