/// What a template's data looks like, field by field, without its values: each context struct
/// gives its own (`TemplateValues.swift`, generated), so that `check` can test every name a
/// template uses before any page is rendered.
///
/// A class rather than an indirect enum: the shapes live in a global for the whole run, and an
/// indirect enum keeps its boxes behind pointers with tag bits that LeakSanitizer (the fuzz
/// targets) cannot follow, so it reported them as leaked.
public final class TemplateShape: Sendable {
    enum Kind: Sendable {
        /// Text, a number or a flag (a missing optional is `false`).
        case scalar
        /// A list whose entries have `element`'s shape.
        case list
        /// Named fields, in the order the struct declares them.
        case object
        /// Anything: a struct inside itself (an agenda item's sub-items), whose names are checked
        /// where the struct is first met.
        case open
    }

    let kind: Kind
    let element: TemplateShape?
    let fields: [(name: String, shape: TemplateShape)]

    private init(kind: Kind, element: TemplateShape? = nil, fields: [(name: String, shape: TemplateShape)] = []) {
        self.kind = kind
        self.element = element
        self.fields = fields
    }

    public static let scalar = TemplateShape(kind: .scalar)
    public static let open = TemplateShape(kind: .open)

    public static func list(_ element: TemplateShape) -> TemplateShape {
        TemplateShape(kind: .list, element: element)
    }

    public static func object(_ fields: [(name: String, shape: TemplateShape)]) -> TemplateShape {
        TemplateShape(kind: .object, fields: fields)
    }

    /// The shape of field `name`, or nil when there is none.
    func field(_ name: String) -> TemplateShape? {
        if kind == .open { return .open }
        return fields.first { $0.name == name }?.shape
    }

    /// The field names, in order: what a hint offers.
    var fieldNames: [String] {
        fields.map(\.name)
    }

    /// What `{{#name}}` pushes on the context stack: a list's entry, or the value itself.
    var pushed: TemplateShape {
        kind == .list ? element ?? .open : self
    }
}
