/// The data a template is rendered with: typed, so that rendering never casts.
///
/// What a section does with each case (as in the Mustache spec and swift-mustache):
/// - `null`, `bool(false)` and an empty `list` are falsey: `{{#x}}` skips, `{{^x}}` shows.
/// - A non-empty `list` repeats `{{#x}}` once per element, with the element on top of the stack.
/// - Everything else (`true`, every number including 0, every string including "", every
///   object) is truthy: `{{#x}}` shows once with the value on top of the stack.
///
/// `{{x}}` writes strings and numbers (`true`/`false` for booleans) and nothing for `null`,
/// lists and objects.
public enum MustacheValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A decimal number, written the shortest way that reads back the same (`1.21`).
    case double(Double)
    case string(String)
    case list([MustacheValue])
    case object(MustacheObject)

    /// True for `null`, `false` and the empty list: the values `{{^x}}` shows for.
    @inlinable
    public var isFalsey: Bool {
        switch self {
        case .null: true
        case .bool(let value): !value
        case .list(let items): items.isEmpty
        default: false
        }
    }

    /// The string, when this is one.
    public var stringValue: String? {
        if case .string(let text) = self { text } else { nil }
    }

    /// The object, when this is one.
    public var objectValue: MustacheObject? {
        if case .object(let object) = self { object } else { nil }
    }

    /// The list, when this is one.
    public var listValue: [MustacheValue]? {
        if case .list(let items) = self { items } else { nil }
    }

    /// A string, or `null` for nil: for fields that may be missing.
    @inlinable
    public static func optional(_ text: String?) -> MustacheValue {
        text.map(MustacheValue.string) ?? .null
    }
}
