/// Lines that belong together on a page (pdftotext's block, Tesseract's paragraph), top to bottom.
struct TextBox: Sendable, Equatable {
    var lines: [TextLine]

    var left: Double { lines.map(\.left).min() ?? 0 }
    var right: Double { lines.map(\.right).max() ?? 0 }
    var top: Double { lines.map(\.top).min() ?? 0 }
    var bottom: Double { lines.map(\.bottom).max() ?? 0 }
}
