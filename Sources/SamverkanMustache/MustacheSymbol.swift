/// A name interned to a small integer, so that finding a field is a comparison of integers.
///
/// Templates intern every name they use when they are compiled; code that builds values keeps
/// its symbols in `static let`s, so interning happens once per name and process:
///
/// ```swift
/// enum Keys {
///     static let title = MustacheSymbol("title")
/// }
/// let page = MustacheObject([(Keys.title, .string("Möte 3"))])
/// ```
///
/// The same text always gives the same symbol (the table is process-wide and thread-safe).
public struct MustacheSymbol: Hashable, Sendable, CustomStringConvertible {
    /// The symbol's number in `MustacheSymbols.shared`.
    public let id: UInt32

    /// Interns `name` (finds its symbol, or makes one).
    public init(_ name: String) {
        self = MustacheSymbols.shared.intern(name)
    }

    init(id: UInt32) {
        self.id = id
    }

    /// The text the symbol stands for.
    public var name: String {
        MustacheSymbols.shared.name(of: self)
    }

    /// The name (for messages and debugging).
    public var description: String {
        name
    }
}
