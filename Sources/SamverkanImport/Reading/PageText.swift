/// The text of one page in reading order, with where each word stands: what the layout reading
/// (`PageLayout`) turns into the blocks the recognizer reads.
struct PageText: Sendable, Equatable {
    var boxes: [TextBox]

    var words: [ReadWord] { boxes.flatMap { $0.lines.flatMap(\.words) } }
    var isEmpty: Bool { boxes.allSatisfy { $0.lines.allSatisfy { $0.words.isEmpty } } }
}
