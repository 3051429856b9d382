import Foundation
import Testing
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// `/data/katalog.jsonld`, the DCAT-AP-SE catalogue of the open data, from the fixture's site.yml
/// (publisher, contact_email, license) once `base_url` is set. Tests/Browser reads it with rdflib.
@Suite struct DataCatalogueTests {
    static let base = "https://samverkan.example.se"

    static func site(settings change: (String) -> String) -> (BuildReport, [String: String], [String]) {
        var files = Fixture.fileSystem()
        let settings = String(decoding: files.contents["content/site.yml"] ?? [], as: UTF8.self)
        files.write(change(settings), to: "content/site.yml")
        let (report, site) = Fixture.build(files)
        return (report, site, Fixture.check(files).1)
    }

    static let published = site { $0 + "base_url: \(base)\n" }.1

    @Test func theCatalogueDescribesEveryDataFileWithItsPublisherContactAndLicence() throws {
        let text = try #require(Self.published["data/katalog.jsonld"])
        let catalogue = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(catalogue["@type"] as? String == "dcat:Catalog")
        #expect((catalogue["dct:publisher"] as? [String: Any])?["foaf:name"] as? String == "Testregionen")
        #expect((catalogue["dct:license"] as? [String: Any])?["@id"] as? String == "https://creativecommons.org/publicdomain/zero/1.0/")
        let datasets = try #require(catalogue["dcat:dataset"] as? [[String: Any]])
        let urls = datasets.compactMap { (($0["dcat:distribution"] as? [String: Any])?["dcat:accessURL"] as? [String: Any])?["@id"] as? String }
        #expect(urls == ["/data/meetings.json", "/data/decisions.json", "/data/assignments.json", "/data/people.json", "/kalender.ics", "/feed.xml"].map { Self.base + $0 })
        for dataset in datasets {
            let contact = try #require(dataset["dcat:contactPoint"] as? [String: Any])
            #expect(contact["@type"] as? String == "vcard:Organization")
            #expect(contact["vcard:fn"] as? String == "Testsamverkans kansli")
            #expect((contact["vcard:hasEmail"] as? [String: Any])?["@id"] as? String == "mailto:samverkan@example.se")
            #expect((dataset["dct:title"] as? [String: Any])?["@language"] as? String == "sv")
        }
    }

    @Test func withoutABaseURLThereIsNoCatalogue() {
        #expect(Fixture.build(Fixture.fileSystem()).1["data/katalog.jsonld"] == nil, "DCAT needs absolute addresses")
    }

    /// The catalogue came after base_url: a site with only base_url set built before it and builds
    /// still, without the catalogue and with a warning that says what to add (issue 18).
    @Test func aSiteWithABaseURLButNoLicenceBuildsWithoutTheCatalogueAndAWarning() {
        let (report, site, lines) = Self.site { settings in
            settings.components(separatedBy: "\n").filter { !$0.hasPrefix("contact_email:") && !$0.hasPrefix("license:") }
                .joined(separator: "\n") + "base_url: \(Self.base)\n"
        }
        #expect(report.exitStatus == 0)
        #expect(site["index.html"] != nil && site["sitemap.xml"] != nil)
        #expect(site["data/katalog.jsonld"] == nil)
        #expect(lines == ["content/site.yml:8:11: warning: datakatalogen /data/katalog.jsonld skrivs inte: site.yml saknar contact_email, license — lägg till t.ex. publisher: Exempelregionen, contact_email: samverkan@example.se, license: https://creativecommons.org/publicdomain/zero/1.0/"])
    }
}
