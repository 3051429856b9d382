/// A set of named templates that include each other: register them all, then render from any
/// thread. A value type (`Sendable`): registering makes a new library, so one that is being
/// rendered from never changes.
///
/// ```swift
/// var library = MustacheLibrary()
/// try library.register(name: "base", source: baseSource)
/// try library.register(name: "meeting", source: meetingSource)
/// let html: [UInt8] = try library.render("meeting", with: page.mustacheValue)
/// ```
public struct MustacheLibrary: Sendable {
    /// The templates by the symbol of their name, for partials found while rendering.
    private(set) var templates: [MustacheSymbol: MustacheTemplate] = [:]

    /// A library without templates.
    public init() {}

    /// Compiles `source` and registers it as `name` (replacing a template of the same name).
    /// Throws the first parse error, with `name`, line and column.
    public mutating func register(name: String, source: String) throws(MustacheError) {
        register(try MustacheTemplate(name: name, source: source))
    }

    /// Registers a compiled template under its name.
    public mutating func register(_ template: MustacheTemplate) {
        templates[MustacheSymbol(template.name)] = template
    }

    /// The template registered as `name`.
    public func template(named name: String) -> MustacheTemplate? {
        guard let symbol = MustacheSymbols.shared.existingSymbol(for: name) else { return nil }
        return templates[symbol]
    }

    /// The names of every template, sorted.
    public var templateNames: [String] {
        templates.values.map(\.name).sorted()
    }

    func template(for symbol: MustacheSymbol) -> MustacheTemplate? {
        templates[symbol]
    }
}
