/// Values from JSON text (the spec files, tests, tools).
extension MustacheValue {
    /// Reads one JSON value; an error names `sourceName` and the line and column.
    public init(json text: String, sourceName: String = "json") throws(MustacheError) {
        var reader = MustacheJSONReader(sourceName: sourceName, text: text)
        self = try reader.read()
    }
}
