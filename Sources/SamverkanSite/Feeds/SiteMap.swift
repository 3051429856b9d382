import SamverkanModel

/// `/sitemap.xml` and `/robots.txt`. A sitemap must list absolute addresses, so it is written only
/// when `base_url` is set; robots.txt always allows everything and names the sitemap when there is one.
/// A page made from one content file that git knows has `lastmod`: the day of the file's last commit.
enum SiteMap {
    static func sitemap(_ pages: [Page], base: String?, lastChanged: (String) -> CalendarDate? = { _ in nil }) -> String? {
        guard let base, !base.isEmpty else { return nil }
        let entries = pages.filter { $0.url.hasSuffix("/") }.map { ($0.url, $0.source.flatMap(lastChanged)) }
            .sorted { $0.0 < $1.0 }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (url, day) in entries {
            xml += "  <url><loc>\(XMLText.escape(base + url))</loc>" + (day.map { "<lastmod>\($0)</lastmod>" } ?? "") + "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(base: String?) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let sitemap = SiteURL.absolute(SiteURL.sitemap, base: base) { text += "\nSitemap: \(sitemap)\n" }
        return text
    }
}
