import SamverkanModel

/// `/rattelser.xml`: the corrections of published minutes as Atom 1.0, newest first: one entry per
/// correction, dated by the day it was made and linking the meeting's list of corrections; ids are
/// `urn:samverkan:rattelse:<meeting>:<n>`, n counting from 1 in the minutes' `corrections:`.
enum CorrectionsFeed {
    static func render(_ catalog: PageCatalog) -> String {
        let settings = catalog.content.settings
        return AtomFeed.write(catalog, url: SiteURL.correctionsFeed, id: "urn:samverkan:flode:rattelser",
                              title: "\(settings.title): rättelser", page: SiteURL.home, entries: entries(catalog))
    }

    static func entries(_ catalog: PageCatalog) -> [AtomFeed.Entry] {
        var entries: [AtomFeed.Entry] = []
        for meeting in catalog.content.meetings {
            let title = catalog.title(of: meeting)
            for (index, correction) in meeting.corrections.enumerated() {
                entries.append(AtomFeed.Entry(
                    id: "urn:samverkan:rattelse:\(meeting.slug):\(index + 1)",
                    title: "Rättelse i \(title): \(AtomFeed.shortened(correction.text))",
                    path: SiteURL.anchored(meeting.url, PageAnchors.corrections),
                    updated: StockholmTime.rfc3339(correction.date, nil),
                    sortKey: (correction.date, meeting.slug, index + 1),
                    summary: "Anteckningarna från \(catalog.dated(meeting)) rättades "
                        + "\(SwedishDateFormatter.medium(correction.date)): \(correction.text)",
                    category: "Rättelse"))
            }
        }
        return entries
    }
}
