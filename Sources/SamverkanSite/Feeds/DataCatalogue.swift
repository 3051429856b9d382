import SamverkanModel

/// `/data/katalog.jsonld`: the open data described in DCAT-AP-SE as JSON-LD, so that the national
/// data portal can harvest it: a `dcat:Catalog` with its title, description, publisher and licence,
/// and one `dcat:Dataset` per file (meetings, decisions, assignments when there are any, elected
/// members when there are any and `person_pages` is on, the calendar, the feed), each with its publisher, contact point and one distribution. Written only
/// when `base_url`, `publisher`, `contact_email` and `license` are set (`check` asks for the last
/// three once `base_url` is).
enum DataCatalogue {
    static func render(_ catalog: PageCatalog) -> String? {
        let settings = catalog.content.settings
        guard settings.hasDataCatalogue, let base = settings.baseURL, let publisherName = settings.publisher,
              let email = settings.contactEmail, let license = settings.license else { return nil }
        func address(_ path: String) -> String { SiteURL.absolute(path, base: base) ?? base + path }
        func reference(_ id: String) -> JSONValue { .object([("@id", .text(id))]) }
        func text(_ value: String) -> JSONValue {
            .object([("@value", .text(value)), ("@language", .text(settings.language))])
        }
        let publisher = JSONValue.object([("@type", .text("foaf:Organization")), ("foaf:name", .text(publisherName))])
        let contact = JSONValue.object([("@type", .text("vcard:Organization")),
                                             ("vcard:fn", .text(settings.contactName ?? publisherName)),
                                             ("vcard:hasEmail", reference("mailto:" + email))])
        var files: [(path: String, title: String, description: String, mediaType: String)] = [
            (SiteURL.meetingsData, "Möten", "Alla möten i \(settings.title): organ, datum, tid, plats, status, ämnen, ställningstaganden och bilagor.", "application/json"),
            (SiteURL.decisionsData, "Ställningstaganden", "Alla ställningstaganden i \(settings.title): organ, möte, dagordningspunkt, typ, text och ämnen.", "application/json"),
        ]
        if !catalog.assignments.assignments.isEmpty {
            files.append((SiteURL.assignmentsData, "Uppdrag", "Uppdrag som organen har gett, med status och återrapporteringar.", "application/json"))
        }
        if !catalog.people.people.isEmpty {
            files.append((SiteURL.peopleData, "Förtroendevalda", "Förtroendevalda som deltagarlistorna i \(settings.title) nämner med parti: organ, roller, första och sista möte, närvaro och frånvaro.", "application/json"))
        }
        files.append((SiteURL.calendar, "Mötenas kalender", "Alla möten som iCalendar, att prenumerera på.", "text/calendar"))
        files.append((SiteURL.feed, "Nya mötesanteckningar och ställningstaganden", "Nyhetsflöde (Atom) med de senaste mötesanteckningarna och ställningstagandena.", "application/atom+xml"))
        let datasets: [JSONValue] = files.map { file in
            let url = address(file.path)
            return .object([
                ("@id", .text(url + "#dataset")),
                ("@type", .text("dcat:Dataset")),
                ("dct:title", text(file.title)),
                ("dct:description", text(file.description)),
                ("dct:publisher", publisher),
                ("dcat:contactPoint", contact),
                ("dct:license", reference(license)),
                ("dcat:landingPage", reference(address(SiteURL.home))),
                ("dcat:distribution", .object([
                    ("@id", .text(url + "#distribution")),
                    ("@type", .text("dcat:Distribution")),
                    ("dct:title", text(file.title)),
                    ("dcat:accessURL", reference(url)),
                    ("dcat:downloadURL", reference(url)),
                    ("dcat:mediaType", reference("http://www.iana.org/assignments/media-types/" + file.mediaType)),
                    ("dct:format", text(file.mediaType)),
                    ("dct:license", reference(license)),
                ])),
            ])
        }
        let document = JSONValue.object([
            ("@context", .object([
                ("dcat", .text("http://www.w3.org/ns/dcat#")), ("dct", .text("http://purl.org/dc/terms/")),
                ("foaf", .text("http://xmlns.com/foaf/0.1/")), ("vcard", .text("http://www.w3.org/2006/vcard/ns#")),
            ])),
            ("@id", .text(address(SiteURL.dataCatalogue) + "#catalog")),
            ("@type", .text("dcat:Catalog")),
            ("dct:title", text(settings.title + ": öppna data")),
            ("dct:description", text(settings.description ?? "Öppna data från \(settings.title).")),
            ("dct:publisher", publisher),
            ("dct:license", reference(license)),
            ("foaf:homepage", reference(address(SiteURL.home))),
            ("dcat:dataset", .list(datasets)),
        ] + (settings.language == "sv" ? [("dct:language", reference("http://publications.europa.eu/resource/authority/language/SWE"))] : []))
        var out: [UInt8] = []
        document.writeCompact(to: &out)
        return String(decoding: out, as: UTF8.self) + "\n"
    }
}
