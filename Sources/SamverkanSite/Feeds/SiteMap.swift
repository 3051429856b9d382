import SamverkanModel

/// `/sitemap.xml` and `/robots.txt`. A sitemap must list absolute addresses, so it is written only
/// when `base_url` is set; robots.txt always allows everything and names the sitemap when there is one.
enum SiteMap {
    static func sitemap(_ pages: [Page], base: String?) -> String? {
        guard let base, !base.isEmpty else { return nil }
        let urls = pages.map(\.url).filter { $0.hasSuffix("/") }.sorted()
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls { xml += "  <url><loc>\(XMLText.escape(base + url))</loc></url>\n" }
        return xml + "</urlset>\n"
    }

    static func robots(base: String?) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let sitemap = SiteURL.absolute(SiteURL.sitemap, base: base) { text += "\nSitemap: \(sitemap)\n" }
        return text
    }
}
