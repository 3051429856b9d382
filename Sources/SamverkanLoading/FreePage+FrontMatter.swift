import SamverkanModel

extension FreePage {
    static let knownFields = ["title", "description", "order"]

    /// Decodes `content/pages/<slug>.md`.
    static func decode(_ file: SourceFile, parser: FrontMatterParser) -> (FreePage?, [Diagnostic]) {
        let opened = DecodedFile(markdown: file, parser: parser, known: knownFields, what: "en sida")
        guard let fields = opened.fields, let document = opened.document else { return (nil, opened.reader.diagnostics) }
        var reader = opened.reader
        let slug = file.baseName
        if !Identifier.isValid(slug) {
            reader.error(at: SourceLocation(path: file.displayPath), "ogiltigt filnamn '\(slug)' för en sida", hint: Identifier.rule)
        }
        let title = reader.string(fields, "title", required: true, example: "Om webbplatsen")
        let description = reader.string(fields, "description")
        let order = reader.integer(fields, "order")
        guard let title, Identifier.isValid(slug) else { return (nil, reader.diagnostics) }
        let page = FreePage(slug: slug, title: title, description: description, order: order,
                            text: MarkdownSource(text: document.body, path: file.displayPath,
                                                 firstLine: document.bodyFirstLine))
        return (page, reader.diagnostics)
    }
}
