/// One template, compiled once into flat instructions: names split and interned, standalone
/// lines and indentation worked out. Immutable, so one template is rendered by many threads at once.
public final class MustacheTemplate: Sendable {
    /// The name it is registered under (and that partials and parents use).
    public let name: String
    /// Every name the template uses, in order, with its place and what encloses it.
    public let references: [MustacheReference]
    let program: MustacheProgram

    /// Compiles `source`; a template that does not parse throws its first error, with `name`,
    /// line and column.
    public init(name: String, source: String) throws(MustacheError) {
        var parser = MustacheParser(templateName: name, source: source)
        program = try parser.parse()
        references = parser.references
        self.name = name
    }

    /// The templates this one includes (`{{>name}}`) or inherits from (`{{<name}}`), each once,
    /// in the order they first appear.
    public var includedTemplateNames: [String] {
        var seen = Set<String>()
        return references.compactMap { reference in
            guard reference.kind == .partial || reference.kind == .parent,
                  seen.insert(reference.name).inserted else { return nil }
            return reference.name
        }
    }
}
