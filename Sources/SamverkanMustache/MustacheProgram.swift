/// A compiled template's instructions and the arrays they point into.
struct MustacheProgram: Sendable {
    var instructions: [MustacheInstruction] = []
    /// The literal text of every text instruction, and blocks' indentations.
    var text: [UInt8] = []
    /// Offsets into `text` where a line of the template begins.
    var lineStarts: [Int32] = []
    /// The second and later parts of dotted names.
    var nameParts: [UInt32] = []
    var inclusions: [MustacheInclusion] = []
}
