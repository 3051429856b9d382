/// A tag pair around a reference (see `MustacheReference.enclosing`).
public struct MustacheScope: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `{{#name}}…{{/name}}`: pushes the value (each element of a list) on the context stack.
        case section
        /// `{{^name}}…{{/name}}`: pushes nothing.
        case invertedSection
        /// `{{<name}}…{{/name}}`: its blocks are rendered inside the parent template `name`.
        case parent
        /// `{{$name}}…{{/name}}`: rendered where the parent template has the block.
        case block
    }

    /// What kind of pair.
    public var kind: Kind
    /// The name as written.
    public var name: String

    /// A pair of `kind` named `name`.
    public init(kind: Kind, name: String) {
        self.kind = kind
        self.name = name
    }

    /// `{{#name}}`
    public static func section(_ name: String) -> MustacheScope {
        MustacheScope(kind: .section, name: name)
    }

    /// `{{^name}}`
    public static func invertedSection(_ name: String) -> MustacheScope {
        MustacheScope(kind: .invertedSection, name: name)
    }

    /// `{{<name}}`
    public static func parent(_ name: String) -> MustacheScope {
        MustacheScope(kind: .parent, name: name)
    }

    /// `{{$name}}`
    public static func block(_ name: String) -> MustacheScope {
        MustacheScope(kind: .block, name: name)
    }
}
