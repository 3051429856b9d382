import SamverkanModel

extension Milestone {
    static let knownFields = ["date", "end", "title", "topic", "source"]

    /// Decodes `content/milestones.yml`: a list of milestones.
    static func decodeList(_ file: SourceFile, parser: FrontMatterParser) -> ([Milestone], [Diagnostic]) {
        var reader = FrontMatterReader(path: file.displayPath, yamlFirstLine: 1)
        if file.text.allSatisfy(\.isWhitespace) { return ([], []) }
        guard let root = DecodedFile.yamlRoot(file, parser: parser, reader: &reader) else { return ([], reader.diagnostics) }
        guard case let .sequence(items) = root.kind else {
            reader.error(root, "milestones.yml ska vara en lista där varje milstolpe börjar med - date: …")
            return ([], reader.diagnostics)
        }
        var milestones: [Milestone] = []
        for item in items {
            guard let fields = reader.fields(of: item, known: knownFields, what: "en milstolpe") else { continue }
            let date = reader.partialDate(fields, "date", required: true)
            let end = reader.partialDate(fields, "end")
            let title = reader.string(fields, "title", required: true, example: "Förslaget ute på remiss")
            let topic = reader.located(fields, "topic")
            let source = reader.located(fields, "source")
            if let date, let end, end.lastDay < date.firstDay, let node = fields["end"] {
                reader.error(node, "slutdatum \(end) ligger före startdatum \(date)")
            }
            guard let date, let title else { continue }
            milestones.append(Milestone(date: date, end: end, title: title, topic: topic, source: source,
                                        location: reader.location(of: item)))
        }
        return (milestones, reader.diagnostics)
    }
}
