import Foundation
import Testing
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// schema.org JSON-LD as a search engine reads it: the fixture's SRO meeting of 2024-10-03
/// (13:00–15:00, Stationshuset) as an `Event`, SRO as a `GovernmentOrganization`, and a
/// `BreadcrumbList` on every page but the start page and the 404 page.
@Suite struct StructuredDataTests {
    static let base = "https://samverkan.example.se"
    static let site: [String: String] = {
        var files = Fixture.fileSystem()
        let settings = String(decoding: files.contents["content/site.yml"] ?? [], as: UTF8.self)
        files.write(settings + "base_url: \(base)\n", to: "content/site.yml")
        let planned = "content/meetings/2025/2025-01-30-sro.md"
        let text = String(decoding: files.contents[planned] ?? [], as: UTF8.self)
        files.write(text.replacingOccurrences(of: "status: planned", with: "status: cancelled\ntitle: \"Inställt </script><b>möte</b> SRO\""),
                    to: planned)
        return Fixture.build(files).1
    }()

    /// The nodes of the page's one `<script type="application/ld+json">`, by `@type`.
    func graph(_ path: String) throws -> [String: [String: Any]] {
        let page = try #require(Self.site[path], "no \(path)")
        let open = #"<script type="application/ld+json">"#
        let scripts = page.components(separatedBy: open).dropFirst()
        try #require(scripts.count == 1, "\(path) has \(scripts.count) JSON-LD scripts")
        let json = try #require(scripts.first?.components(separatedBy: "</script>").first)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["@context"] as? String == "https://schema.org")
        let nodes = try #require(document["@graph"] as? [[String: Any]])
        return Dictionary(nodes.map { ($0["@type"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func aMeetingIsAnEventWithItsTimesPlaceOrganiserAndItems() throws {
        let event = try #require(try graph("moten/2024/2024-10-03-sro/index.html")["Event"])
        #expect(event["name"] as? String == "Mötesanteckning SRO")
        #expect(event["url"] as? String == "\(Self.base)/moten/2024/2024-10-03-sro/")
        #expect(event["eventStatus"] as? String == "https://schema.org/EventScheduled")
        #expect(event["eventAttendanceMode"] as? String == "https://schema.org/OfflineEventAttendanceMode")
        #expect(event["startDate"] as? String == "2024-10-03T13:00:00+02:00")
        #expect(event["endDate"] as? String == "2024-10-03T15:00:00+02:00")
        let location = try #require(event["location"] as? [String: Any])
        #expect(location["@type"] as? String == "Place" && location["name"] as? String == "Stationshuset, Göteborg")
        let organizer = try #require(event["organizer"] as? [String: Any])
        #expect(organizer["@type"] as? String == "GovernmentOrganization")
        #expect(organizer["url"] as? String == "\(Self.base)/organ/sro/")
        let items = try #require(event["subEvent"] as? [[String: Any]])
        #expect(items.first?["name"] as? String == "1. Mötets öppnande")
        #expect(items.allSatisfy { ($0["url"] as? String)?.hasPrefix("\(Self.base)/moten/2024/2024-10-03-sro/#punkt-") == true })
        #expect(items.allSatisfy { $0["@type"] as? String == "Event" && $0["startDate"] as? String == "2024-10-03T13:00:00+02:00" })
    }

    @Test func aCancelledMeetingSaysSoAndItsTitleCannotEndTheScript() throws {
        let page = try #require(Self.site["moten/2025/2025-01-30-sro/index.html"])
        let event = try #require(try graph("moten/2025/2025-01-30-sro/index.html")["Event"])
        #expect(event["eventStatus"] as? String == "https://schema.org/EventCancelled")
        #expect((event["name"] as? String)?.hasPrefix("Inställt </script><b>möte</b> ") == true)
        #expect(page.contains(#"Inställt \u003c/script\u003e\u003cb\u003emöte"#))
    }

    @Test func aBodyIsAGovernmentOrganization() throws {
        let organization = try #require(try graph("organ/sro/index.html")["GovernmentOrganization"])
        #expect(organization["name"] as? String == "Politiskt samrådsorgan")
        #expect(organization["alternateName"] as? String == "SRO")
        #expect(organization["url"] as? String == "\(Self.base)/organ/sro/")
    }

    @Test func everyPageButTheStartAndNotFoundPagesHasItsBreadcrumbs() throws {
        let crumbs = try #require(try graph("moten/2024/2024-10-03-sro/index.html")["BreadcrumbList"])
        let items = try #require(crumbs["itemListElement"] as? [[String: Any]])
        #expect(items.map { $0["position"] as? Int } == [1, 2, 3, 4])
        #expect(items.map { $0["name"] as? String } == ["Start", "Organ", "SRO", "Mötesanteckning SRO 3 oktober 2024"])
        #expect(items.first?["item"] as? String == "\(Self.base)/")
        for path in Self.site.keys where path.hasSuffix(".html") && path != "index.html" && path != "404.html" {
            #expect(try graph(path)["BreadcrumbList"] != nil, "\(path) has no BreadcrumbList")
        }
        #expect(!(Self.site["index.html"] ?? "").contains("application/ld+json"))
    }
}
