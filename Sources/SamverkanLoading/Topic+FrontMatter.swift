import SamverkanModel

extension Topic {
    static let knownFields = ["title", "diarienummer"]

    /// Decodes `content/topics/<id>.md`.
    static func decode(_ file: SourceFile, parser: FrontMatterParser) -> (Topic?, [Diagnostic]) {
        let opened = DecodedFile(markdown: file, parser: parser, known: knownFields, what: "ett ämne")
        guard let fields = opened.fields, let document = opened.document else { return (nil, opened.reader.diagnostics) }
        var reader = opened.reader
        let id = file.baseName
        if !Identifier.isValid(id) {
            reader.error(at: SourceLocation(path: file.displayPath), "ogiltigt id '\(id)' i filnamnet", hint: Identifier.rule)
        }
        let title = reader.string(fields, "title", required: true, example: "Hälso- och sjukvårdsavtalet")
        guard let title, Identifier.isValid(id) else { return (nil, reader.diagnostics) }
        let topic = Topic(id: id, title: title, diarienummer: reader.string(fields, "diarienummer"),
                          description: MarkdownSource(text: document.body, path: file.displayPath,
                                                      firstLine: document.bodyFirstLine))
        return (topic, reader.diagnostics)
    }
}
