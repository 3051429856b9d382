import SamverkanModel

extension SiteSettings {
    static let knownFields = ["title", "description", "language", "base_url", "organisation", "footer", "edit_url",
                              "publisher", "contact_name", "contact_email", "license", "person_pages"]

    /// An http(s) address of printable ASCII without spaces or characters that need quoting.
    static func isPlainAddress(_ url: String) -> Bool {
        url.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x20 && scalar.value < 0x7F && !"\"<>\\`{}|^".unicodeScalars.contains(scalar)
        }
    }

    /// What is wrong with an http(s) address that a path is added to: no host, a user name or
    /// password, a query or a fragment; nil when nothing is.
    static func addressProblem(_ url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return "saknar https://" }
        let authority = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if authority.contains("@") { return "får inte innehålla användarnamn eller lösenord (@)" }
        var host = authority, port = authority.suffix(0)
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return "har en ofullständig IPv6-adress" }
            host = authority[authority.index(after: authority.startIndex)..<close]
            port = authority[authority.index(after: close)...]
        } else if let colon = authority.firstIndex(of: ":") {
            host = authority[..<colon]
            port = authority[colon...]
        }
        if host.isEmpty || host.hasPrefix(".") || host.contains("..") {
            return "saknar ett värdnamn efter \(url[..<schemeEnd.upperBound])"
        }
        if !port.isEmpty, !(port.first == ":" && port.count <= 6 && port.dropFirst().allSatisfy(\.isASCIIDigit)) {
            return "har tecken efter värdnamnet som inte är en port"
        }
        if url.contains("?") { return "får inte ha en fråga (?…): sidornas sökvägar läggs till sist" }
        if url.contains("#") { return "får inte ha ett fragment (#…): sidornas sökvägar läggs till sist" }
        return nil
    }

    /// `language`: a BCP 47 tag (`sv`, `sv-SE`, `se`, `fit`). A locale in POSIX spelling (`sv_SE`)
    /// is a warning and read as the tag it means; anything else is an error, and the site is `sv`.
    static func language(_ fields: FrontMatterReader.Fields, reader: inout FrontMatterReader) -> String {
        guard let written = reader.string(fields, "language"), let node = fields["language"] else { return "sv" }
        if LanguageTag.isWellFormed(written) { return written }
        let repaired = written.replacingOccurrences(of: "_", with: "-")
        if repaired != written, LanguageTag.isWellFormed(repaired) {
            reader.warning(node, "language '\(written.prefix(40))' är ingen språktagg; läses som '\(repaired)'",
                           hint: "skriv language: \(repaired) (språktaggar skrivs med bindestreck, BCP 47)")
            return repaired
        }
        reader.error(node, "language '\(written.prefix(40))' är ingen språktagg",
                     hint: "skriv en språktagg enligt BCP 47, t.ex. sv eller sv-SE")
        return "sv"
    }

    /// Decodes `content/site.yml`.
    static func decode(_ file: SourceFile, parser: FrontMatterParser) -> (SiteSettings?, [Diagnostic]) {
        var reader = FrontMatterReader(path: file.displayPath, yamlFirstLine: 1)
        guard let root = DecodedFile.yamlRoot(file, parser: parser, reader: &reader),
              let fields = reader.fields(of: root, known: knownFields, what: "site.yml") else {
            return (nil, reader.diagnostics)
        }
        let title = reader.string(fields, "title", required: true, example: "Samverkan Exempelregionen")
        var baseURL = reader.string(fields, "base_url")
        if let url = baseURL, let node = fields["base_url"] {
            if !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                reader.error(node, "base_url '\(url.prefix(80))' ska börja med https://", hint: "t.ex. https://samverkan.example.se")
            } else if !Self.isPlainAddress(url) {
                // It is written into robots.txt, the calendar and the sitemap as it is.
                reader.error(node, "base_url får inte innehålla mellanslag, radbrytningar eller tecknen \" < > \\ ` { } |",
                             hint: "skriv bara adressen, t.ex. https://samverkan.example.se")
            } else if let problem = Self.addressProblem(url) {
                // Every absolute link (sitemap, canonical, feeds, calendar) starts with it.
                reader.error(node, "base_url '\(url.prefix(80))' \(problem)", hint: "skriv bara adressen, t.ex. https://samverkan.example.se")
            }
            while baseURL?.hasSuffix("/") == true { baseURL?.removeLast() }
        }
        var editURL = reader.string(fields, "edit_url")
        if let url = editURL, let node = fields["edit_url"] {
            if !(url.hasPrefix("https://") || url.hasPrefix("http://")) || !Self.isPlainAddress(url) {
                reader.error(node, "edit_url '\(url.prefix(80))' ska vara en https://-adress utan mellanslag",
                             hint: "adressen till innehållsmappen i förrådets webbredigerare, t.ex. https://github.com/organisation/samverkan/edit/main/content/")
                editURL = nil
            } else if let problem = Self.addressProblem(url) {
                // The file's path is added at the end: after a '#' or '?' it would lead nowhere.
                reader.error(node, "edit_url '\(url.prefix(80))' \(problem)",
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
            reader.error(node, "contact_email '\(email.prefix(80))' är ingen e-postadress", hint: "t.ex. samverkan@example.se")
        }
        if let node = fields["license"], let url = license, !(url.hasPrefix("https://") || url.hasPrefix("http://")) || !Self.isPlainAddress(url) {
            reader.error(node, "license '\(url.prefix(80))' ska vara licensens adress", hint: "t.ex. https://creativecommons.org/publicdomain/zero/1.0/")
        }
        // The data catalogue is written only for a site that knows its address; then it needs these.
        if baseURL != nil, let node = fields["base_url"] {
            let missing = [("publisher", publisher), ("contact_email", contactEmail), ("license", license)].filter { $0.1 == nil }.map(\.0)
            if !missing.isEmpty {
                // The catalogue is an optional feature and the licence a legal decision: a site that
                // built before it existed builds still, without /data/katalog.jsonld.
                reader.warning(node, "datakatalogen /data/katalog.jsonld skrivs inte: site.yml saknar \(missing.joined(separator: ", "))",
                               hint: "lägg till t.ex. publisher: Exempelregionen, contact_email: samverkan@example.se, license: https://creativecommons.org/publicdomain/zero/1.0/")
            }
        }
        var settings = SiteSettings(title: title ?? "", description: reader.string(fields, "description"),
                                    language: Self.language(fields, reader: &reader), baseURL: baseURL,
                                    organisation: reader.string(fields, "organisation"),
                                    footer: reader.string(fields, "footer"), editURL: editURL)
        settings.publisher = publisher
        settings.contactName = reader.string(fields, "contact_name")
        settings.contactEmail = contactEmail
        settings.license = license
        settings.personPages = reader.bool(fields, "person_pages") ?? true
        return (title == nil ? nil : settings, reader.diagnostics)
    }
}
