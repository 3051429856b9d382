/// A tag pair (or the whole template) the parser is inside while it emits instructions.
struct MustacheOpenContainer {
    /// The opening tag (-1 for the template itself).
    let opening: Int
    /// The pair, for the references inside it (nil for the template itself).
    let scope: MustacheScope?
    /// Removed from the start of each line inside: the block's own indentation (source bytes).
    let strip: Range<Int>
    /// The pair's instruction, patched with its end when it closes (-1 for a block inside a parent).
    var instruction: Int32 = -1
    /// For a block inside a parent tag: where its content begins.
    var contentStart: Int32 = 0
    /// For a parent tag: the blocks it overrides.
    var overrides: [MustacheBlockOverride] = []

    init(opening: Int, scope: MustacheScope?, strip: Range<Int>) {
        self.opening = opening
        self.scope = scope
        self.strip = strip
    }
}
