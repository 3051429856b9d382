import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// The files beside the pages: Atom feed, calendar, open data, sitemap, robots.txt, 404 page.
@Suite struct FeedTests {
    func site(baseURL: String? = nil) -> [String: String] {
        var files = Fixture.fileSystem()
        if let baseURL {
            let settings = String(decoding: files.contents["content/site.yml"]!, as: UTF8.self)
            files.write(settings + "base_url: \(baseURL)\n", to: "content/site.yml")
        }
        let (report, site) = Fixture.build(files)
        #expect(report.succeeded)
        return site
    }

    /// The elements of an XML document, in order, with their attributes and text.
    final class Elements: NSObject, XMLParserDelegate {
        var found: [(name: String, attributes: [String: String], text: String)] = []
        var stack: [Int] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            stack.append(found.count)
            found.append((name, attributes, ""))
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = stack.last { found[index].text += string }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }
    }

    func parse(_ xml: String) throws -> [(name: String, attributes: [String: String], text: String)] {
        let parser = XMLParser(data: Data(xml.utf8))
        let elements = Elements()
        parser.delegate = elements
        try #require(parser.parse(), "not well-formed XML: \(String(describing: parser.parserError))")
        return elements.found
    }

    @Test func theAtomFeedHasMinutesAndDecisionsWithStableIds() throws {
        let feed = try #require(site()["feed.xml"])
        let elements = try parse(feed)
        let ids = elements.filter { $0.name == "id" }.map(\.text)
        #expect(ids == ["urn:samverkan:flode", "urn:samverkan:mote:2024-10-20-styrgrupp",
                        "urn:samverkan:beslut:2024-10-20-styrgrupp:1", "urn:samverkan:beslut:2024-10-20-styrgrupp:2",
                        "urn:samverkan:mote:2024-10-03-sro"] + (1...5).map { "urn:samverkan:beslut:2024-10-03-sro:\($0)" },
                "newest meeting first, each followed by its decisions in order")
        let links = elements.filter { $0.name == "link" }.compactMap { $0.attributes["href"] }
        #expect(links.contains("moten/2024/2024-10-03-sro/"))
        #expect(links.contains("moten/2024/2024-10-03-sro/#beslut-2"))
        let updated = elements.filter { $0.name == "updated" }.map(\.text)
        #expect(updated.first == "2024-10-20T11:00:00+02:00", "the feed is as new as its newest entry, never the clock")
        #expect(feed.contains("<title>SRO ställer sig bakom (punkt 3a): Förbundsdirektörerna får utse en ersättare.</title>"))
        // The planned meeting has no minutes yet, so it is not news.
        #expect(!feed.contains("2025-01-30-sro"))
    }

    @Test func withABaseURLLinksAreAbsoluteAndTheFeedNamesItself() throws {
        let feed = try #require(site(baseURL: "https://samverkan.example.se")["feed.xml"])
        #expect(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://samverkan.example.se/feed.xml\"/>"))
        #expect(feed.contains("href=\"https://samverkan.example.se/moten/2024/2024-10-03-sro/#beslut-1\""))
        #expect(feed.contains("<id>urn:samverkan:mote:2024-10-03-sro</id>"), "ids do not change when the site moves")
    }

    @Test func theCalendarFollowsRFC5545() throws {
        let calendar = try #require(site()["kalender.ics"])
        let lines = calendar.components(separatedBy: "\r\n")
        #expect(lines.last == "")
        #expect(!calendar.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "folded at 75 octets")
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.contains("VERSION:2.0"))
        #expect(lines.contains("TZID:Europe/Stockholm"))
        #expect(lines.contains("UID:2024-10-03-sro@samverkan"))
        #expect(lines.contains("UID:2025-01-30-sro@samverkan"))
        #expect(lines.contains("DTSTART;TZID=Europe/Stockholm:20241003T130000"))
        #expect(lines.contains("DTEND;TZID=Europe/Stockholm:20241003T150000"))
        #expect(lines.contains("LOCATION:Stationshuset\\, Göteborg"), "commas in text are escaped")
        #expect(lines.contains("UID:2024-10-20-styrgrupp@samverkan"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 3, "held and planned meetings alike")
    }

    @Test func longLinesFoldWithoutSplittingALetter() {
        let line = "SUMMARY:" + String(repeating: "Hälso- och sjukvårdsavtalet ", count: 6)
        let folded = CalendarFeed.fold(line)
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count > 1)
        #expect(parts.allSatisfy { $0.utf8.count <= 75 })
        #expect(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(parts.enumerated().map { $0 == 0 ? $1 : String($1.dropFirst()) }.joined() == line)
    }

    @Test func stockholmTimeFollowsTheEURule() {
        let summer = CalendarDate(year: 2024, month: 10, day: 3)!, winter = CalendarDate(year: 2024, month: 12, day: 1)!
        #expect(StockholmTime.rfc3339(summer, ClockTime(text: "13:00")) == "2024-10-03T13:00:00+02:00")
        #expect(StockholmTime.rfc3339(winter, nil) == "2024-12-01T00:00:00+01:00")
        #expect(StockholmTime.lastSunday(of: 3, in: 2024).description == "2024-03-31")
        #expect(StockholmTime.lastSunday(of: 10, in: 2025).description == "2025-10-26")
        #expect(StockholmTime.offsetHours(on: CalendarDate(year: 2024, month: 3, day: 31)!, at: ClockTime(text: "01:30")) == 1)
        #expect(StockholmTime.offsetHours(on: CalendarDate(year: 2024, month: 3, day: 31)!, at: ClockTime(text: "13:00")) == 2)
    }

    @Test func openDataHasAVersionedSchemaAndEveryDecision() throws {
        let built = site(baseURL: "https://samverkan.example.se")
        let meetingsText = try #require(built["data/meetings.json"])
        let meetings = try #require(JSONSerialization.jsonObject(with: Data(meetingsText.utf8)) as? [String: Any])
        #expect(meetings["schemaVersion"] as? Int == 1)
        let records = try #require(meetings["meetings"] as? [[String: Any]])
        #expect(records.map { $0["id"] as? String } == ["2024-10-03-sro", "2024-10-20-styrgrupp", "2025-01-30-sro"])
        #expect(records[0]["url"] as? String == "https://samverkan.example.se/moten/2024/2024-10-03-sro/")
        #expect(records[0]["decisions"] as? [String] == (1...5).map { "2024-10-03-sro-\($0)" })
        #expect(records[2]["status"] as? String == "planned")
        let decisionsText = try #require(built["data/decisions.json"])
        let decisions = try #require(JSONSerialization.jsonObject(with: Data(decisionsText.utf8)) as? [String: Any])
        let list = try #require(decisions["decisions"] as? [[String: Any]])
        #expect(list.count == 7)
        #expect(list[1]["item"] as? String == "3a")
        #expect(list[1]["kind"] as? String == "ställer sig bakom")
        #expect(list[1]["path"] as? String == "/moten/2024/2024-10-03-sro/#beslut-2")
    }

    @Test func sitemapAndCanonicalAddressesNeedABaseURL() throws {
        let local = site()
        #expect(local["sitemap.xml"] == nil, "a sitemap must list absolute addresses")
        #expect(local["robots.txt"] == "User-agent: *\nAllow: /\n")
        #expect(local["index.html"]?.contains("rel=\"canonical\"") == false)

        let published = site(baseURL: "https://samverkan.example.se/")
        let sitemap = try #require(published["sitemap.xml"])
        let locations = try parse(sitemap).filter { $0.name == "loc" }.map(\.text)
        #expect(locations.contains("https://samverkan.example.se/moten/2024/2024-10-03-sro/"))
        #expect(!locations.contains { $0.contains("404") })
        #expect(published["robots.txt"]?.contains("Sitemap: https://samverkan.example.se/sitemap.xml") == true)
        #expect(published["organ/sro/index.html"]?.contains("<link rel=\"canonical\" href=\"https://samverkan.example.se/organ/sro/\">") == true)
        #expect(published["organ/sro/index.html"]?.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Nya mötesanteckningar och ställningstaganden\" href=\"https://samverkan.example.se/feed.xml\">") == true)
    }

    @Test func theNotFoundPageWorksAtAnyAddress() throws {
        let page = try #require(site()["404.html"])
        #expect(!page.contains("<base"), "a <base> would send the skip link to the start page")
        #expect(page.contains("<a class=\"skip-link\" href=\"#innehall\">"))
        #expect(page.contains("<h1>Sidan finns inte</h1>"))
        #expect(page.contains("<a href=\"/sok/index.html\">Sök på webbplatsen</a>"))
        #expect(page.contains("href=\"/assets/style.css\""))
        let published = try #require(site(baseURL: "https://samverkan.example.se/arkiv")["404.html"])
        #expect(published.contains("href=\"/arkiv/assets/style.css\""))
        #expect(published.contains("<a href=\"/arkiv/tidslinje/index.html\">"))
    }
}
