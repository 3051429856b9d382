import SamverkanModel

extension SiteSettings {
    static let knownFields = ["title", "description", "language", "base_url", "organisation", "footer", "edit_url",
                              "publisher", "contact_name", "contact_email", "license"]

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
        let publisher = reader.string(fields, "publisher")
        let contactEmail = reader.string(fields, "contact_email")
        let license = reader.string(fields, "license")
        if let node = fields["contact_email"], let email = contactEmail,
           !(email.contains("@") && Self.isPlainAddress(email) && !email.contains(":")) {
            reader.error(node, "contact_email '\(email.prefix(80))' är ingen e-postadress", hint: "t.ex. vardsamverkan@example.se")
        }
        if let node = fields["license"], let url = license, !(url.hasPrefix("https://") || url.hasPrefix("http://")) || !Self.isPlainAddress(url) {
            reader.error(node, "license '\(url.prefix(80))' ska vara licensens adress", hint: "t.ex. https://creativecommons.org/publicdomain/zero/1.0/")
        }
        // The data catalogue is written only for a site that knows its address; then it needs these.
        if baseURL != nil, let node = fields["base_url"] {
            let missing = [("publisher", publisher), ("contact_email", contactEmail), ("license", license)].filter { $0.1 == nil }.map(\.0)
            if !missing.isEmpty {
                reader.error(node, "site.yml saknar \(missing.joined(separator: ", ")) som datakatalogen /data/katalog.jsonld behöver när base_url är satt",
                             hint: "t.ex. publisher: Västra Götalandsregionen, contact_email: vardsamverkan@example.se, license: https://creativecommons.org/publicdomain/zero/1.0/")
            }
        }
        var settings = SiteSettings(title: title ?? "", description: reader.string(fields, "description"),
                                    language: reader.string(fields, "language") ?? "sv", baseURL: baseURL,
                                    organisation: reader.string(fields, "organisation"),
                                    footer: reader.string(fields, "footer"), editURL: editURL)
        settings.publisher = publisher
        settings.contactName = reader.string(fields, "contact_name")
        settings.contactEmail = contactEmail
        settings.license = license
        return (title == nil ? nil : settings, reader.diagnostics)
    }
}
