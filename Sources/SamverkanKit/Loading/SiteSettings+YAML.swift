extension SiteSettings {
    static let knownFields = ["title", "description", "language", "base_url", "organisation", "footer"]

    /// Decodes `content/site.yml`.
    static func decode(_ file: SourceFile, parser: FrontMatterParser) -> (SiteSettings?, [Diagnostic]) {
        var reader = FrontMatterReader(path: file.displayPath, yamlFirstLine: 1)
        guard let root = DecodedFile.yamlRoot(file, parser: parser, reader: &reader),
              let fields = reader.fields(of: root, known: knownFields, what: "site.yml") else {
            return (nil, reader.diagnostics)
        }
        let title = reader.string(fields, "title", required: true, example: "Vårdsamverkan Västra Götaland")
        var baseURL = reader.string(fields, "base_url")
        if let url = baseURL, let node = fields["base_url"] {
            if !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                reader.error(node, "base_url '\(url)' ska börja med https://", hint: "t.ex. https://www.vardsamverkan.se")
            }
            while baseURL?.hasSuffix("/") == true { baseURL?.removeLast() }
        }
        let settings = SiteSettings(title: title ?? "", description: reader.string(fields, "description"),
                                    language: reader.string(fields, "language") ?? "sv", baseURL: baseURL,
                                    organisation: reader.string(fields, "organisation"),
                                    footer: reader.string(fields, "footer"))
        return (title == nil ? nil : settings, reader.diagnostics)
    }
}
