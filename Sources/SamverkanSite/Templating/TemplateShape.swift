/// What a template's data looks like, field by field, without its values: each context struct
/// gives its own (`TemplateValues.swift`, generated), so that `check` can test every name a
/// template uses before any page is rendered.
public indirect enum TemplateShape: Sendable {
    /// Text, a number or a flag (a missing optional is `false`).
    case scalar
    /// A list whose entries have the shape.
    case list(TemplateShape)
    /// Named fields, in the order the struct declares them.
    case object([(name: String, shape: TemplateShape)])
    /// Anything: a struct inside itself (an agenda item's sub-items), whose names are checked
    /// where the struct is first met.
    case open

    /// The shape of field `name`, or nil when there is none.
    func field(_ name: String) -> TemplateShape? {
        if case .open = self { return .open }
        guard case let .object(fields) = self else { return nil }
        return fields.first { $0.name == name }?.shape
    }

    /// The field names, in order: what a hint offers.
    var fieldNames: [String] {
        guard case let .object(fields) = self else { return [] }
        return fields.map(\.name)
    }

    /// What `{{#name}}` pushes on the context stack: a list's entry, or the value itself.
    var pushed: TemplateShape {
        if case let .list(element) = self { return element }
        return self
    }
}
