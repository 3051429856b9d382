/// One name a template uses, where, and inside what: for checking a template against the data it
/// will get before rendering anything.
///
/// `{{title}}` inside `{{#decisions}}` has `enclosing` `[.section("decisions")]`, so a checker
/// resolves it against the element type of `decisions` first and then outwards, as Mustache does.
/// Names inside a parent tag but outside its blocks are never rendered and are not listed.
public struct MustacheReference: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `{{name}}`
        case variable
        /// `{{{name}}}` or `{{&name}}`
        case unescapedVariable
        /// `{{#name}}`
        case section
        /// `{{^name}}`
        case invertedSection
        /// `{{>name}}`: `name` is a template name.
        case partial
        /// `{{<name}}`: `name` is a template name.
        case parent
        /// `{{$name}}`: `name` is a block name, not looked up in the data.
        case block
    }

    /// What kind of tag.
    public var kind: Kind
    /// The name as written (`layout.siteTitle`, `.`, `partials/meeting-entry`).
    public var name: String
    /// A data name split at its dots (`["layout", "siteTitle"]`; `[]` for `.`). For partials,
    /// parents and blocks, the whole name.
    public var path: [String]
    /// Where the tag begins: line and column (in characters) from 1.
    public var line: Int
    public var column: Int
    /// The sections, parents and blocks around the tag, outermost first.
    public var enclosing: [MustacheScope]

    /// A reference with every field given.
    public init(kind: Kind, name: String, path: [String], line: Int, column: Int, enclosing: [MustacheScope]) {
        self.kind = kind
        self.name = name
        self.path = path
        self.line = line
        self.column = column
        self.enclosing = enclosing
    }

    /// The names of the enclosing `{{#…}}` sections, outermost first: the ones that push a
    /// value on the context stack (inverted sections, parents and blocks do not).
    public var contextSections: [String] {
        enclosing.compactMap { $0.kind == .section ? $0.name : nil }
    }
}
