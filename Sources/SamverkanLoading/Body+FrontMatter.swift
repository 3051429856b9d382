import SamverkanModel

extension Body {
    static let knownFields = ["name", "short", "kind", "parties", "order"]

    /// Decodes `content/bodies/<id>.md`.
    static func decode(_ file: SourceFile, parser: FrontMatterParser) -> (Body?, [Diagnostic]) {
        let opened = DecodedFile(markdown: file, parser: parser, known: knownFields, what: "ett organ")
        guard let fields = opened.fields, let document = opened.document else { return (nil, opened.reader.diagnostics) }
        var reader = opened.reader
        let id = file.baseName
        if !Identifier.isValid(id) {
            reader.error(at: SourceLocation(path: file.displayPath), "ogiltigt id '\(id)' i filnamnet", hint: Identifier.rule)
        }
        let name = reader.string(fields, "name", required: true, example: "Politiskt samrådsorgan")
        let short = reader.string(fields, "short")
        let kind: Kind? = reader.choice(fields, "kind", required: true)
        let parties = reader.stringList(fields, "parties").map(\.value)
        let order = reader.integer(fields, "order")
        guard let name, let kind, Identifier.isValid(id) else { return (nil, reader.diagnostics) }
        let body = Body(id: id, name: name, short: short, kind: kind, parties: parties, order: order,
                        description: MarkdownSource(text: document.body, path: file.displayPath,
                                                    firstLine: document.bodyFirstLine))
        return (body, reader.diagnostics)
    }
}
