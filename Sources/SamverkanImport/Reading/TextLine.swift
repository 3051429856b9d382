/// One line of words on a page, left to right.
struct TextLine: Sendable, Equatable {
    var words: [ReadWord]

    var text: String { words.map(\.text).joined(separator: " ") }
    var left: Double { words.first?.left ?? 0 }
    var right: Double { words.map(\.right).max() ?? 0 }
    var top: Double { words.map(\.top).min() ?? 0 }
    var bottom: Double { words.map(\.bottom).max() ?? 0 }
    var height: Double { bottom - top }
}
