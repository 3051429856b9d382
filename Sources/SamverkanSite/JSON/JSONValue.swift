/// A JSON value as the site writes it: JSON-LD in the pages, the DCAT catalogue and the open data.
/// Objects keep their keys in the order given, so builds stay byte-identical; a field whose value
/// is `nil` is left out where the object is made. Written straight into UTF-8 bytes
/// (`JSONValue+Writing.swift`), never through `JSONEncoder`.
indirect enum JSONValue: Sendable {
    case text(String)
    case number(Int)
    case bool(Bool)
    case object([(String, JSONValue)])
    case list([JSONValue])

    /// An object of the fields that have a value, in the order given.
    static func fields(_ fields: [(String, JSONValue?)]) -> JSONValue {
        .object(fields.compactMap { key, value in value.map { (key, $0) } })
    }

    /// A list of texts.
    static func texts(_ values: [String]) -> JSONValue {
        .list(values.map(JSONValue.text))
    }
}
