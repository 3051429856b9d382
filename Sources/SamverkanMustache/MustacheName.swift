/// A data name as compiled: split at its dots and interned once. A plain value (no references),
/// so instructions holding it are copied without reference counting.
struct MustacheName: Sendable {
    /// The symbol id of the part looked up through the context stack; `implicit` for `.`.
    let first: UInt32
    /// The other parts: `nameParts[restStart..<restEnd]` of the template, each looked up only
    /// inside the value found before.
    let restStart: Int32
    let restEnd: Int32

    /// The id that stands for `.`, the top of the context stack.
    static let implicit = UInt32.max

    var isImplicit: Bool {
        first == Self.implicit
    }
}
