import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// A page per elected member (issue 18): participants with a party get `/personer/<id>/`, their
/// names link there from meeting and body pages, `/personer/` lists them by body, and
/// `/data/people.json`, a feed and JSON-LD follow. Officials (no party) get nothing, and
/// `person_pages: false` turns all of it off. The fixture lists Marina Johansson (S, vice
/// ordförande, present) and Miguel Odhner (S, absent) at SRO on 3 October 2024, and the official
/// Kristina Lännergren at the steering group on 20 October.
@Suite struct PersonPageTests {
    static let base = "https://samverkan.example.se"

    static func files(_ edit: (inout InMemoryFileSystem) -> Void = { _ in }) -> InMemoryFileSystem {
        var files = Fixture.fileSystem()
        edit(&files)
        return files
    }

    static func appendToSettings(_ text: String, in files: inout InMemoryFileSystem) {
        let settings = String(decoding: files.contents["content/site.yml"] ?? [], as: UTF8.self)
        files.write(settings + text, to: "content/site.yml")
    }

    /// Two more SRO meetings: Marina Johansson absent on 12 December 2024 (replaced by Annica
    /// Hemberg) and chair on 13 February 2025; Miguel Odhner present, then absent.
    static func withMoreMeetings(_ files: inout InMemoryFileSystem) {
        files.write("""
            ---
            body: sro
            date: 2024-12-12
            participants:
              - group: Kommunpolitiker
                members:
                  - name: Marina Johansson
                    party: S
                    org: Göteborgsregionen
                    role: vice ordförande
                    absent: true
                    replaced_by: Annica Hemberg
                  - name: Miguel Odhner
                    party: S
                    org: Göteborgsregionen
            ---

            """, to: "content/meetings/2024/2024-12-12-sro.md")
        files.write("""
            ---
            body: sro
            date: 2025-02-13
            participants:
              - group: Kommunpolitiker
                members:
                  - name: Marina Johansson
                    party: S
                    org: Göteborgsregionen
                    role: ordförande
                  - name: Miguel Odhner
                    party: S
                    absent: true
            ---

            """, to: "content/meetings/2025/2025-02-13-sro.md")
    }

    static let laterToday = CalendarDate(year: 2025, month: 3, day: 1)!
    static let site = Fixture.build(files()).1
    static let grown: (BuildReport, [String: String]) = Fixture.build(files(withMoreMeetings), today: laterToday)

    static func people(_ site: [String: String]) throws -> [[String: Any]] {
        let json = try #require(site["data/people.json"], "no data/people.json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["schemaVersion"] as? Int == 1)
        return try #require(document["people"] as? [[String: Any]])
    }

    // MARK: Pages and links

    @Test func aPoliticianHasAPageAndTheirNameLinksToItFromTheMeetingAndTheBody() throws {
        let person = try #require(Self.site["personer/marina-johansson/index.html"])
        #expect(person.contains("<h1>Marina Johansson (S)</h1>"))
        #expect(person.contains("<dd>Närvarande vid 1 av 1 möte</dd>"))
        #expect(person.contains("<li>vice ordförande (<time datetime=\"2024-10-03\">3 oktober 2024</time>)</li>"))
        let meeting = try #require(Self.site["moten/2024/2024-10-03-sro/index.html"])
        #expect(meeting.contains(#"<li><a href="../../../personer/marina-johansson/index.html">Marina Johansson</a> (S), Göteborgsregionen – vice ordförande</li>"#))
        let body = try #require(Self.site["organ/sro/index.html"])
        #expect(body.contains(#"<li><a href="../../personer/marina-johansson/index.html">Marina Johansson</a>, <span class="member-list__detail">S, Göteborgsregionen, vice ordförande</span></li>"#))
        #expect(body.contains(#"<a href="../../personer/index.html#personer-sro">"#))
        let list = try #require(Self.site["personer/index.html"])
        #expect(list.contains(#"<a href="marina-johansson/index.html">Marina Johansson</a> (S)"#))
        #expect(list.contains(#"<a href="miguel-odhner/index.html">Miguel Odhner</a> (S)"#))
        // Reached from the bodies page and /folj/, not from the main menu (it has no room).
        #expect(Self.site["organ/index.html"]?.contains(#"<a href="../personer/index.html">förtroendevalda i organen</a>"#) == true)
        #expect(Self.site["folj/index.html"]?.contains(#"<a href="../personer/index.html">förtroendevalda</a>"#) == true)
    }

    @Test func officialsGetNoPageAndNoLink() throws {
        #expect(!Self.site.keys.contains { $0.hasPrefix("personer/kristina") || $0.hasPrefix("personer/rebecca") })
        let meeting = try #require(Self.site["moten/2024/2024-10-20-styrgrupp/index.html"])
        #expect(meeting.contains("<li>Kristina Lännergren, Testkom – direktör</li>"))
        #expect(!meeting.contains("personer/"))
        let names = try Self.people(Self.site).compactMap { $0["name"] as? String }
        #expect(names == ["Marina Johansson", "Miguel Odhner"])
        #expect(!(Self.site["personer/index.html"] ?? "").contains("Lännergren"))
    }

    @Test func attendanceIsCountedPerPersonBodyAndYear() throws {
        let (report, site) = Self.grown
        #expect(report.exitStatus == 0)
        let marina = try #require(site["personer/marina-johansson/index.html"])
        #expect(marina.contains("<dd>Närvarande vid 2 av 3 möten</dd>"))
        #expect(marina.contains(#"<h3 id="ar-2025">2025</h3>"#) && marina.contains(#"<p class="person-year__count">närvarande vid 1 av 1 möte</p>"#))
        #expect(marina.contains(#"<h3 id="ar-2024">2024</h3>"#) && marina.contains(#"<p class="person-year__count">närvarande vid 1 av 2 möten</p>"#))
        #expect(marina.contains(#"<span class="presence presence--absent">Frånvarande</span>, ersattes av Annica Hemberg"#))
        // The newest year first, and within it the newest meeting first.
        let meetings = try #require(marina.components(separatedBy: #"id="person-moten""#).last)
        let order = ["ar-2025", "2025-02-13-sro", "ar-2024", "2024-12-12-sro", "2024-10-03-sro"].map { meetings.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        // Roles over time: vice chair, then chair (the role of the latest list).
        #expect(marina.contains(#"<li>vice ordförande (<time datetime="2024-10-03">3 oktober 2024</time> – <time datetime="2024-12-12">12 december 2024</time>)</li>"#))
        #expect(marina.contains(#"<li>ordförande (<time datetime="2025-02-13">13 februari 2025</time>)</li>"#))
        let miguel = try #require(site["personer/miguel-odhner/index.html"])
        #expect(miguel.contains("<dd>Närvarande vid 1 av 3 möten</dd>"))
        let list = try #require(site["personer/index.html"])
        #expect(list.contains("<li>ordförande</li>") && list.contains("<li>närvarande vid 2 av 3 möten</li>"))
    }

    @Test func everyLinkAndAnchorResolves() {
        for site in [Self.site, Self.grown.1, Self.twoParties.1] {
            #expect(LinkChecker.brokenLinks(in: site) == [])
            #expect(LinkChecker.unreachablePages(in: site) == [])
        }
    }

    // MARK: One person is one name and party

    /// Marina Johansson written with party M at the steering group too.
    static let twoPartyFiles = files { files in
        let path = "content/meetings/2024/2024-10-20-styrgrupp.md"
        let text = String(decoding: files.contents[path] ?? [], as: UTF8.self)
        files.write(text.replacingOccurrences(of: "      - name: Kristina Lännergren\n",
                                              with: "      - name: Marina Johansson\n        party: M\n      - name: Kristina Lännergren\n"),
                    to: path)
    }
    static let twoParties = Fixture.build(twoPartyFiles)

    @Test func theSameNameWithTwoPartiesIsAWarningAtBothPlaces() throws {
        let (content, _) = ContentLoader(fileSystem: Self.twoPartyFiles).load(contentDirectory: "content")
        let lines = PersonPartyValidator.validate(try #require(content)).map(\.description)
        #expect(lines == [
            "content/meetings/2024/2024-10-03-sro.md:13:15: warning: deltagaren 'Marina Johansson' har partiet S här men M i content/meetings/2024/2024-10-20-styrgrupp.md:27:15 — är det samma person, skriv samma parti på alla ställen; två personer med samma namn och olika partier får var sin personsida",
            "content/meetings/2024/2024-10-20-styrgrupp.md:27:15: warning: deltagaren 'Marina Johansson' har partiet M här men S i content/meetings/2024/2024-10-03-sro.md:13:15 — är det samma person, skriv samma parti på alla ställen; två personer med samma namn och olika partier får var sin personsida",
        ])
        // check and build report them too, and build anyway.
        let (checked, checkLines) = Fixture.check(Self.twoPartyFiles)
        #expect(checked.exitStatus == 0)
        #expect(lines.allSatisfy(checkLines.contains), "got: \(checkLines)")
        // The fixture itself has no such name.
        let (clean, _) = ContentLoader(fileSystem: Fixture.fileSystem()).load(contentDirectory: "content")
        #expect(PersonPartyValidator.validate(try #require(clean)) == [])
    }

    @Test func eachNameAndPartyGetsItsOwnPage() throws {
        let site = Self.twoParties.1
        #expect(site["personer/marina-johansson/index.html"] == nil)
        let social = try #require(site["personer/marina-johansson-s/index.html"])
        let moderate = try #require(site["personer/marina-johansson-m/index.html"])
        #expect(social.contains("<h1>Marina Johansson (S)</h1>") && social.contains(#"<a href="../../organ/sro/index.html">SRO</a>"#))
        #expect(moderate.contains("<h1>Marina Johansson (M)</h1>") && moderate.contains(#"<a href="../../organ/styrgrupp/index.html">Gemensam styrgrupp</a>"#))
        #expect(site["moten/2024/2024-10-20-styrgrupp/index.html"]?.contains(#"<a href="../../../personer/marina-johansson-m/index.html">Marina Johansson</a> (M)"#) == true)
        #expect(site["moten/2024/2024-10-03-sro/index.html"]?.contains(#"<a href="../../../personer/marina-johansson-s/index.html">Marina Johansson</a> (S)"#) == true)
    }

    @Test func idsAreSlugsOfTheNameWithThePartyOnlyWhenNeeded() {
        typealias Key = PersonRegister.Key
        let ids = PersonRegister.ids(for: [
            Key(name: "Carina Örgård", party: "V"), Key(name: "Helén Eliasson", party: "S"),
            Key(name: "Anna Ek", party: "S"), Key(name: "Anna Ek", party: "MP"),
            Key(name: "Anna-Karin Åberg", party: "C"), Key(name: "Anna Karin Åberg", party: "C"),
        ])
        #expect(ids[Key(name: "Carina Örgård", party: "V")] == "carina-orgard")
        #expect(ids[Key(name: "Helén Eliasson", party: "S")] == "helen-eliasson")
        #expect(ids[Key(name: "Anna Ek", party: "S")] == "anna-ek-s")
        #expect(ids[Key(name: "Anna Ek", party: "MP")] == "anna-ek-mp")
        // Two spellings of one name and party (the spelling warning names them): the second in order gets -2.
        #expect(ids[Key(name: "Anna Karin Åberg", party: "C")] == "anna-karin-aberg")
        #expect(ids[Key(name: "Anna-Karin Åberg", party: "C")] == "anna-karin-aberg-2")
        #expect(SiteURL.slug("", fallback: "person") == "person")
    }

    // MARK: Off

    @Test func personPagesFalseWritesNoPersonPageAndNoLink() throws {
        let files = Self.files { files in
            Self.appendToSettings("base_url: \(Self.base)\nperson_pages: false\n", in: &files)
            Self.withMoreMeetings(&files)
        }
        let (checked, lines) = Fixture.check(files, today: Self.laterToday)
        #expect(checked.exitStatus == 0)
        #expect(!lines.contains { $0.contains("person_pages") }, "\(lines)")
        let (report, site) = Fixture.build(files, today: Self.laterToday)
        #expect(report.exitStatus == 0)
        #expect(site["index.html"] != nil)
        #expect(!site.keys.contains { $0.hasPrefix("personer/") })
        #expect(site["data/people.json"] == nil)
        let mentions = site.filter { !$0.key.hasPrefix("assets/") && ($0.value.contains("personer/") || $0.value.contains("people.json")) }
            .keys.sorted()
        #expect(mentions == [])
        #expect(site["moten/2024/2024-10-03-sro/index.html"]?.contains("<li>Marina Johansson (S), Göteborgsregionen – vice ordförande</li>") == true)
        #expect(site["organ/sro/index.html"]?.contains("<li>Marina Johansson, <span") == true)
        #expect(site["data/katalog.jsonld"]?.contains("Förtroendevalda") == false)
        // Calendar subscriptions (webcal:, with base_url) are not files of the site.
        #expect(LinkChecker.brokenLinks(in: site).filter { !$0.contains("webcal://") } == [])
    }

    @Test func personPagesIsReadAsABoolean() throws {
        var files = Fixture.fileSystem()
        Self.appendToSettings("person_pages: kanske\n", in: &files)
        let (report, lines) = Fixture.check(files)
        #expect(report.exitStatus == 1)
        #expect(lines.contains { $0.hasPrefix("content/site.yml:") && $0.contains("fältet 'person_pages' ska vara true eller false, inte 'kanske'") },
                "\(lines)")
    }

    // MARK: Open data, feed, JSON-LD, sitemap

    @Test func peopleJSONHasEachPersonsBodiesRolesAndMeetings() throws {
        let people = try Self.people(Self.grown.1)
        let marina = try #require(people.first { $0["id"] as? String == "marina-johansson" })
        #expect(marina["name"] as? String == "Marina Johansson")
        #expect(marina["party"] as? String == "S")
        #expect(marina["path"] as? String == "/personer/marina-johansson/")
        #expect(marina["url"] == nil)
        #expect(marina["meetingCount"] as? Int == 3 && marina["attendedCount"] as? Int == 2 && marina["absentCount"] as? Int == 1)
        let bodies = try #require(marina["bodies"] as? [[String: Any]])
        #expect(bodies.count == 1)
        let sro = try #require(bodies.first)
        #expect(sro["body"] as? String == "sro" && sro["bodyName"] as? String == "SRO")
        #expect(sro["firstMeeting"] as? String == "2024-10-03-sro" && sro["lastMeeting"] as? String == "2025-02-13-sro")
        #expect(sro["current"] as? Bool == true)
        #expect(sro["attended"] as? [String] == ["2024-10-03-sro", "2025-02-13-sro"])
        #expect(sro["absent"] as? [String] == ["2024-12-12-sro"])
        #expect(sro["organisations"] as? [String] == ["Göteborgsregionen"])
        let roles = try #require(sro["roles"] as? [[String: Any]])
        #expect(roles.map { $0["role"] as? String } == ["vice ordförande", "ordförande"])
        #expect(roles.map { $0["firstMeeting"] as? String } == ["2024-10-03-sro", "2025-02-13-sro"])
        #expect(roles.map { $0["lastMeeting"] as? String } == ["2024-12-12-sro", "2025-02-13-sro"])
        #expect(roles.map { $0["current"] as? Bool } == [false, true])
        let miguel = try #require(people.first { $0["id"] as? String == "miguel-odhner" })
        #expect(miguel["attendedCount"] as? Int == 1 && miguel["absentCount"] as? Int == 2)
    }

    @Test func aPersonIsASchemaOrgPersonMemberOfTheirBodiesThroughRoles() throws {
        var files = Self.files(Self.withMoreMeetings)
        Self.appendToSettings("base_url: \(Self.base)\n", in: &files)
        let site = Fixture.build(files, today: Self.laterToday).1
        let page = try #require(site["personer/marina-johansson/index.html"])
        let json = try #require(page.components(separatedBy: #"<script type="application/ld+json">"#).dropFirst().first?
            .components(separatedBy: "</script>").first)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nodes = try #require(document["@graph"] as? [[String: Any]])
        let person = try #require(nodes.first { $0["@type"] as? String == "Person" })
        #expect(person["name"] as? String == "Marina Johansson")
        #expect(person["url"] as? String == "\(Self.base)/personer/marina-johansson/")
        let roles = try #require(person["memberOf"] as? [[String: Any]])
        #expect(roles.map { $0["@type"] as? String } == ["Role", "Role"])
        #expect(roles.map { $0["roleName"] as? String } == ["vice ordförande", "ordförande"])
        #expect(roles.map { $0["startDate"] as? String } == ["2024-10-03", "2025-02-13"])
        // The role the latest participant list gives has not ended.
        #expect(roles.map { $0["endDate"] as? String } == ["2024-12-12", nil])
        for role in roles {
            let body = try #require(role["memberOf"] as? [String: Any])
            #expect(body["@type"] as? String == "GovernmentOrganization")
            #expect(body["name"] as? String == "Politiskt samrådsorgan" && body["alternateName"] as? String == "SRO")
            #expect(body["url"] as? String == "\(Self.base)/organ/sro/")
        }
        let crumbs = try #require(nodes.first { $0["@type"] as? String == "BreadcrumbList" }?["itemListElement"] as? [[String: Any]])
        #expect(crumbs.map { $0["name"] as? String } == ["Start", "Organ", "Förtroendevalda", "Marina Johansson (S)"])
        // Every person page is in the sitemap, and the data catalogue lists people.json.
        let sitemap = try #require(site["sitemap.xml"])
        for path in ["/personer/", "/personer/marina-johansson/", "/personer/miguel-odhner/"] {
            #expect(sitemap.contains("<loc>\(Self.base)\(path)</loc>"))
        }
        #expect(site["data/katalog.jsonld"]?.contains("\(Self.base)/data/people.json") == true)
    }

    @Test func aPersonsFeedHasTheMinutesThatListThem() throws {
        let feed = try #require(Self.grown.1["personer/marina-johansson/feed.xml"])
        let ids = feed.components(separatedBy: "<id>").dropFirst().compactMap { $0.components(separatedBy: "</id>").first }
        #expect(ids == ["urn:samverkan:flode:person:marina-johansson", "urn:samverkan:mote:2025-02-13-sro",
                        "urn:samverkan:mote:2024-12-12-sro", "urn:samverkan:mote:2024-10-03-sro"])
        let page = try #require(Self.grown.1["personer/marina-johansson/index.html"])
        #expect(page.contains(#"<link rel="alternate" type="application/atom+xml" title="Möten med Marina Johansson (S)" href="feed.xml">"#))
    }

    /// A long-serving member's page stays small: the newest 200 meetings are listed, older years
    /// give their counts and a link to the body's page of that year (at 50 000 generated meetings
    /// whole lists made 32 person pages over 1 MB).
    @Test func aLongServingMembersPageListsTheNewest200MeetingsAndCountsTheRest() throws {
        let files = Self.files { files in
            let first = CalendarDate(year: 2015, month: 1, day: 5)?.daysSinceEpoch ?? 0
            for week in 0 ..< 210 {
                let day = CalendarDate(daysSinceEpoch: first + 7 * week)
                let date = day.description
                files.write("""
                    ---
                    body: sro
                    date: \(date)
                    participants:
                      - group: Kommunpolitiker
                        members:
                          - name: Marina Johansson
                            party: S
                    ---
                    Mötet hölls.

                    """, to: "content/meetings/\(day.year)/\(date)-sro.md")
            }
        }
        let (report, site) = Fixture.build(files)
        #expect(report.exitStatus == 0, "\(report.diagnostics)")
        let page = try #require(site["personer/marina-johansson/index.html"])
        #expect(page.components(separatedBy: #"<li class="entry person-meeting">"#).count - 1 == 200)
        #expect(page.contains("De 200 senaste mötena visas här"))
        // 211 meetings, newest first: 2024 and 2019 down to part of 2015 are rows; the rest of 2015 is a count and a link.
        #expect(page.contains(#"<h3 id="ar-2015">2015</h3>"#))
        #expect(page.contains(#"<a href="../../organ/sro/2015/index.html">SRO 2015</a>"#))
        #expect(LinkChecker.brokenLinks(in: site) == [])
        // A member with fewer meetings has every one listed and no note.
        let short = try #require(Self.grown.1["personer/miguel-odhner/index.html"])
        #expect(!short.contains("senaste mötena visas här"))
    }
}
