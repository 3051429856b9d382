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

/// The feeds of a part of the site: each body's feed and calendar, each topic's feed, the assignment
/// register's feed, and `/folj/`, which lists them all. The fixture: SRO (2024-10-03, held; 2025-01-30,
/// planned) gives two assignments, the steering group (2024-10-20) reports on both and completes one;
/// topic `avtal` is named by SRO's meeting, two of its decisions and item 2, and by item 1 of the
/// steering group's meeting (only through `items:`).
@Suite struct ScopedFeedTests {
    static let base = "https://samverkan.example.se"
    static let local = Fixture.build(Fixture.fileSystem()).1
    static let published: [String: String] = {
        var files = Fixture.fileSystem()
        let settings = String(decoding: files.contents["content/site.yml"] ?? [], as: UTF8.self)
        files.write(settings + "base_url: \(base)\n", to: "content/site.yml")
        return Fixture.build(files).1
    }()

    struct Feed {
        var id: String
        var title: String
        var selfLink: String?
        var alternate: String?
        var entries: [(id: String, title: String, link: String, updated: String)]
    }

    /// The feed's own elements and its entries', read with XMLParser.
    final class AtomReader: NSObject, XMLParserDelegate {
        var feed = Feed(id: "", title: "", entries: [])
        var path: [String] = []
        var text = ""
        var entry: (id: String, title: String, link: String, updated: String)?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            path.append(name)
            text = ""
            if name == "entry" { entry = ("", "", "", "") }
            if name == "link" {
                let href = attributes["href"] ?? ""
                if entry != nil { entry?.link = href }
                else if attributes["rel"] == "self" { feed.selfLink = href }
                else { feed.alternate = href }
            }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            path.removeLast()
            switch (name, entry != nil) {
            case ("entry", true): if let entry { feed.entries.append(entry) }; entry = nil
            case ("id", true): entry?.id = text
            case ("title", true): entry?.title = text
            case ("updated", true): entry?.updated = text
            case ("id", false): feed.id = text
            case ("title", false): feed.title = text
            default: break
            }
        }
    }

    func feed(_ path: String, in site: [String: String] = local) throws -> Feed {
        let xml = try #require(site[path], "no \(path) in the build")
        let parser = XMLParser(data: Data(xml.utf8))
        let reader = AtomReader()
        parser.delegate = reader
        try #require(parser.parse(), "\(path) is not well-formed XML: \(String(describing: parser.parserError))")
        return reader.feed
    }

    /// Where a relative link in the file at `path` leads, as a path in the site (`moten/2024/x/index.html#beslut-1`).
    func resolve(_ link: String, from path: String) throws -> String {
        let document = try #require(URL(string: "http://site.invalid/" + path))
        let target = try #require(URL(string: link, relativeTo: document)?.absoluteURL)
        #expect(target.host == "site.invalid", "\(link) in \(path) leaves the site")
        // URL.path drops a trailing slash; the components keep it.
        let components = try #require(URLComponents(url: target, resolvingAgainstBaseURL: true))
        var file = String(components.path.dropFirst())
        if file.isEmpty || file.hasSuffix("/") { file += "index.html" }
        return file + (target.fragment.map { "#" + $0 } ?? "")
    }

    /// That the link leads to a file of the site and, with a fragment, to an id on it.
    func expectResolves(_ link: String, from path: String, in site: [String: String] = local) throws {
        let target = try resolve(link, from: path)
        let parts = target.split(separator: "#", maxSplits: 1).map(String.init)
        let page = try #require(site[parts[0]], "\(link) in \(path) leads to \(parts[0]), which the build did not write")
        if parts.count == 2 { #expect(page.contains("id=\"\(parts[1])\""), "\(parts[0]) has no id \(parts[1])") }
    }

    // MARK: A body's feed and calendar

    @Test func aBodysFeedHasExactlyItsHeldMeetingsAndDecisions() throws {
        let sro = try feed("organ/sro/feed.xml")
        #expect(sro.id == "urn:samverkan:flode:organ:sro")
        #expect(sro.title == "Testsamverkan: Politiskt samrådsorgan")
        #expect(sro.entries.map(\.id) == ["urn:samverkan:mote:2024-10-03-sro"]
            + (1...5).map { "urn:samverkan:beslut:2024-10-03-sro:\($0)" }, "the planned meeting is not news")
        let group = try feed("organ/styrgrupp/feed.xml")
        #expect(group.id == "urn:samverkan:flode:organ:styrgrupp")
        #expect(group.entries.map(\.id) == ["urn:samverkan:mote:2024-10-20-styrgrupp",
                                            "urn:samverkan:beslut:2024-10-20-styrgrupp:1",
                                            "urn:samverkan:beslut:2024-10-20-styrgrupp:2"])
    }

    @Test func aBodysFeedLinksResolveFromItsOwnFolder() throws {
        let sro = try feed("organ/sro/feed.xml")
        #expect(sro.alternate == "./")
        #expect(try resolve(try #require(sro.alternate), from: "organ/sro/feed.xml") == "organ/sro/index.html")
        #expect(sro.entries.first?.link == "../../moten/2024/2024-10-03-sro/")
        #expect(sro.entries.dropFirst().first?.link == "../../moten/2024/2024-10-03-sro/#beslut-1")
        for entry in sro.entries { try expectResolves(entry.link, from: "organ/sro/feed.xml") }
        #expect(sro.selfLink == nil, "without base_url a feed cannot name its own address")
    }

    @Test func withABaseURLEveryFeedLinksAbsolutelyAndNamesItself() throws {
        let sro = try feed("organ/sro/feed.xml", in: Self.published)
        #expect(sro.selfLink == "\(Self.base)/organ/sro/feed.xml")
        #expect(sro.alternate == "\(Self.base)/organ/sro/")
        #expect(sro.entries.first?.link == "\(Self.base)/moten/2024/2024-10-03-sro/")
        #expect(try feed("amnen/avtal/feed.xml", in: Self.published).selfLink == "\(Self.base)/amnen/avtal/feed.xml")
        let assignments = try feed("uppdrag/feed.xml", in: Self.published)
        #expect(assignments.selfLink == "\(Self.base)/uppdrag/feed.xml")
        #expect(assignments.entries.allSatisfy { $0.link.hasPrefix("\(Self.base)/uppdrag/") })
    }

    @Test func anEntryHasTheSameIdAndTextInEveryFeed() throws {
        let site = try feed("feed.xml"), body = try feed("organ/sro/feed.xml"), topic = try feed("amnen/avtal/feed.xml")
        let siteEntries = Dictionary(uniqueKeysWithValues: site.entries.map { ($0.id, ($0.title, $0.updated)) })
        for entry in body.entries + topic.entries {
            let same = try #require(siteEntries[entry.id], "\(entry.id) is not in the site's feed")
            #expect(same == (entry.title, entry.updated))
        }
    }

    @Test func aBodysCalendarHasOnlyItsOwnMeetings() throws {
        let calendar = try #require(Self.local["organ/sro/kalender.ics"])
        let lines = calendar.components(separatedBy: "\r\n")
        #expect(lines.filter { $0.hasPrefix("UID:") } == ["UID:2024-10-03-sro@samverkan", "UID:2025-01-30-sro@samverkan"],
                "held and planned alike, and not the steering group's")
        #expect(lines.contains("X-WR-CALNAME:Testsamverkan: Politiskt samrådsorgan"))
        #expect(lines.contains("TZID:Europe/Stockholm"))
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.dropLast().last == "END:VCALENDAR" && lines.last == "")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "folded at 75 octets")
        #expect(!calendar.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
        let group = try #require(Self.local["organ/styrgrupp/kalender.ics"]).components(separatedBy: "\r\n")
        #expect(group.filter { $0.hasPrefix("UID:") } == ["UID:2024-10-20-styrgrupp@samverkan"])
        // The same event as in the site's calendar, line for line.
        let site = try #require(Self.local["kalender.ics"])
        let event = group.drop { $0 != "BEGIN:VEVENT" }.prefix { $0 != "END:VEVENT" }.joined(separator: "\r\n")
        #expect(site.contains(event))
    }

    // MARK: A topic's feed

    @Test func aTopicsFeedFollowsMeetingsDecisionsAndAgendaItems() throws {
        let avtal = try feed("amnen/avtal/feed.xml")
        #expect(avtal.id == "urn:samverkan:flode:amne:avtal")
        #expect(avtal.title == "Testsamverkan: Hälso- och sjukvårdsavtalet")
        #expect(avtal.entries.map(\.id) == [
            // Named only by item 1 (items:), and so is its decision under item 1; decision 2 is not.
            "urn:samverkan:mote:2024-10-20-styrgrupp", "urn:samverkan:beslut:2024-10-20-styrgrupp:1",
            // Named by the meeting, by decisions 1 and 4 and by item 2; decisions 2, 3 and 5 are not.
            "urn:samverkan:mote:2024-10-03-sro", "urn:samverkan:beslut:2024-10-03-sro:1", "urn:samverkan:beslut:2024-10-03-sro:4",
        ])
        #expect(avtal.alternate == "./")
        for entry in avtal.entries { try expectResolves(entry.link, from: "amnen/avtal/feed.xml") }
        #expect(avtal.entries.first?.link == "../../moten/2024/2024-10-20-styrgrupp/")
    }

    @Test func aFeedMakesOnlyTheNewestEntriesAndTheyAreTheOnesAFullSortKeeps() throws {
        let (loaded, _) = ContentLoader(fileSystem: Fixture.fileSystem()).load(contentDirectory: "content")
        let content = try #require(loaded)
        let catalog = PageCatalog(content: content, rendered: RenderedContent.render(content), today: Fixture.today)
        let scope = AtomFeed.Scope.site(catalog)
        let every = AtomFeed.sorted(AtomFeed.entries(catalog, scope: scope, limit: .max)).map(\.id)
        #expect(every.count == 9)
        for limit in [1, 3, 4, 8] {
            let limited = AtomFeed.sorted(AtomFeed.entries(catalog, scope: scope, limit: limit)).map(\.id)
            // Whole meetings: as many as it takes to reach the limit, never an older meeting's entry.
            #expect(limited.count >= limit)
            #expect(Array(limited.prefix(limit)) == Array(every.prefix(limit)), "limit \(limit)")
        }
    }

    @Test func aDecisionUnderASubItemFollowsItsItemsTopics() {
        let location = SourceLocation(path: "x.md", line: 1, column: 1)
        let decision = Decision(item: Located("3a", at: location), kind: .notes, text: "t", topics: [], location: location)
        let meeting = Meeting(slug: "m", path: "m", relativePath: "m", body: Located("sro", at: location),
                              date: CalendarDate(year: 2024, month: 1, day: 1)!, status: .held, statusLocation: location,
                              topics: [], participantGroups: [], attachments: [], decisions: [decision],
                              itemNotes: [AgendaItemNote(item: Located("3", at: location), topics: [Located("avtal", at: location)]),
                                          AgendaItemNote(item: Located("4", at: location), topics: [Located("annat", at: location)])],
                              text: MarkdownSource(text: "", path: "x.md", firstLine: 1))
        #expect(AtomFeed.itemTopics(of: decision, in: meeting) == ["avtal"])
    }

    // MARK: The assignment register's feed

    @Test func theAssignmentsFeedHasAGivenAndACompletedEntryNewestFirst() throws {
        let assignments = try feed("uppdrag/feed.xml")
        #expect(assignments.id == "urn:samverkan:flode:uppdrag")
        #expect(assignments.title == "Testsamverkan: uppdrag")
        #expect(assignments.entries.map(\.id) == [
            "urn:samverkan:uppdrag:ersattarlista:avslutat",   // 2024-10-20, the completing report
            "urn:samverkan:uppdrag:avtalsforslag:givet",      // 2024-10-03, in the order of the minutes
            "urn:samverkan:uppdrag:ersattarlista:givet",
        ], "the partial report on avtalsforslag completes nothing")
        #expect(assignments.entries.map(\.updated) == ["2024-10-20T11:00:00+02:00", "2024-10-03T15:00:00+02:00",
                                                       "2024-10-03T15:00:00+02:00"])
        #expect(assignments.entries.map(\.link) == ["ersattarlista/", "avtalsforslag/", "ersattarlista/"])
        for entry in assignments.entries { try expectResolves(entry.link, from: "uppdrag/feed.xml") }
        #expect(assignments.entries[0].title == "Uppdrag avslutat: SRO ger förbundsdirektörerna i uppdrag att lämna en lista över ersättare.")
        let xml = try #require(Self.local["uppdrag/feed.xml"])
        #expect(xml.contains("<summary>Slutredovisat i Gemensam styrgrupp den 20 oktober 2024: Styrgruppen godkänner listan över ersättare och skickar den till SRO.</summary>"))
        #expect(xml.contains("Uppdraget går till förbundsdirektörerna. Det ska återrapporteras senast 31 oktober 2024."))
        #expect(xml.contains("Det ska återrapporteras under mars 2025."))
    }

    @Test func feedTextIsEscaped() throws {
        var files = Fixture.fileSystem()
        let settings = String(decoding: files.contents["content/site.yml"] ?? [], as: UTF8.self)
        files.write(settings.replacingOccurrences(of: "title: Testsamverkan", with: "title: \"Test & <samverkan>\""),
                    to: "content/site.yml")
        let (report, site) = Fixture.build(files)
        #expect(report.succeeded)
        #expect(try feed("organ/sro/feed.xml", in: site).title == "Test & <samverkan>: Politiskt samrådsorgan")
        #expect(try feed("uppdrag/feed.xml", in: site).title == "Test & <samverkan>: uppdrag")
        #expect(site["organ/sro/kalender.ics"]?.contains("X-WR-CALNAME:Test & <samverkan>: Politiskt samrådsorgan") == true)
    }

    // MARK: /folj/

    @Test func theFollowPageLinksEveryFeedAndCalendar() throws {
        let page = try #require(Self.local["folj/index.html"])
        let feeds = ["feed.xml", "kalender.ics", "uppdrag/feed.xml", "organ/sro/feed.xml", "organ/sro/kalender.ics",
                     "organ/styrgrupp/feed.xml", "organ/styrgrupp/kalender.ics", "amnen/avtal/feed.xml"]
        for file in feeds {
            #expect(page.contains("href=\"../\(file)\""), "/folj/ does not link /\(file)")
            #expect(Self.local[file] != nil, "the build wrote no \(file)")
        }
        #expect(!page.contains("webcal:"), "without base_url there is no address to subscribe to")
        #expect(page.contains("<h1>Följ arbetet</h1>"))
        #expect(page.contains("Kopiera kalenderns adress"))
        #expect(page.contains("RSS till e-post"))
        #expect(page.contains("<a href=\"../organ/sro/index.html\">SRO</a>"))
        #expect(page.contains("<a href=\"../amnen/avtal/index.html\">Hälso- och sjukvårdsavtalet</a>"))
    }

    @Test func withABaseURLTheFollowPageOffersWebcalAndAbsoluteAddresses() throws {
        let page = try #require(Self.published["folj/index.html"])
        #expect(page.contains("href=\"webcal://samverkan.example.se/kalender.ics\""))
        #expect(page.contains("href=\"webcal://samverkan.example.se/organ/sro/kalender.ics\""))
        #expect(page.contains("href=\"webcal://samverkan.example.se/organ/styrgrupp/kalender.ics\""))
        #expect(page.contains("href=\"https://samverkan.example.se/organ/sro/kalender.ics\""))
        #expect(page.contains("href=\"https://samverkan.example.se/amnen/avtal/feed.xml\""))
        #expect(page.contains("href=\"https://samverkan.example.se/uppdrag/feed.xml\""))
        #expect(page.contains("Prenumerera på kalendern för SRO"))
    }

    @Test func theFollowPagesHeadingsNeverSkipALevel() throws {
        let page = try #require(Self.local["folj/index.html"])
        let main = try #require(page.range(of: "<main").map { page[$0.lowerBound...] })
        var levels: [Int] = []
        var rest = main[...]
        while let open = rest.range(of: "<h") {
            let after = rest[open.upperBound...]
            if let digit = after.first?.wholeNumberValue, (1...6).contains(digit) { levels.append(digit) }
            rest = after
        }
        #expect(levels.first == 1)
        #expect(levels.filter { $0 == 1 }.count == 1)
        #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 }, "levels: \(levels)")
        #expect(levels.contains(3))
    }
}
