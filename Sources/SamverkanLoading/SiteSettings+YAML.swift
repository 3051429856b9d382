import SamverkanModel

extension SiteSettings {
    static let knownFields = ["title", "description", "language", "base_url", "organisation", "footer", "edit_url"]

    /// An http(s) address of printable ASCII without spaces or characters that need quoting.
    static func isPlainAddress(_ url: String) -> Bool {
        url.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value < 0x7F && !"\"<>\\`{}|^".unicodeScalars.contains(scalar)
        }
    }

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
                reader.error(node, "base_url '\(url.prefix(80))' ska börja med https://", hint: "t.ex. https://www.vardsamverkan.se")
            } else if !Self.isPlainAddress(url) {
                // It is written into robots.txt, the calendar and the sitemap as it is.
                reader.error(node, "base_url får inte innehålla mellanslag, radbrytningar eller tecknen \" < > \\ ` { } |",
                             hint: "skriv bara adressen, t.ex. https://www.vardsamverkan.se")
            }
            while baseURL?.hasSuffix("/") == true { baseURL?.removeLast() }
        }
        var editURL = reader.string(fields, "edit_url")
        if let url = editURL, let node = fields["edit_url"] {
            if !(url.hasPrefix("https://") || url.hasPrefix("http://")) || !Self.isPlainAddress(url) {
                reader.error(node, "edit_url '\(url.prefix(80))' ska vara en https://-adress utan mellanslag",
                             hint: "adressen till innehållsmappen i förrådets webbredigerare, t.ex. https://github.com/organisation/samverkan/edit/main/content/")
                editURL = nil
            } else if !url.hasSuffix("/") {
                editURL = url + "/"
            }
        }
        let settings = SiteSettings(title: title ?? "", description: reader.string(fields, "description"),
                                    language: reader.string(fields, "language") ?? "sv", baseURL: baseURL,
                                    organisation: reader.string(fields, "organisation"),
                                    footer: reader.string(fields, "footer"), editURL: editURL)
        return (title == nil ? nil : settings, reader.diagnostics)
    }
}
