/// schema.org JSON-LD: written with `<`, `>` and `&` escaped, so that no text from the content can
/// end the `<script>` element it is written into.
extension JSONValue {
    /// An object with `@type`, leaving out the fields that are nil.
    static func thing(_ type: String, _ fields: [(String, JSONValue?)]) -> JSONValue {
        .object([("@type", .text(type))] + fields.compactMap { key, value in value.map { (key, $0) } })
    }

    /// The script element's content: one `@graph` under the schema.org context.
    static func document(_ nodes: [JSONValue]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(2048)
        JSONValue.object([("@context", .text("https://schema.org")), ("@graph", .list(nodes))]).writeCompact(to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
