import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// `/data/assignments.json`, and what `meetings.json` and `decisions.json` say about assignments and
/// agenda items. The fixture: SRO gives `avtalsforslag` (due 2025-03) and `ersattarlista` (due
/// 2024-10-31) on 2024-10-03; the steering group reports on the first in part and completes the second
/// on 2024-10-20.
@Suite struct OpenDataAssignmentsTests {
    static let base = "https://samverkan.example.se"

    func site(baseURL: String? = nil, today: CalendarDate = Fixture.today) -> [String: String] {
        var files = Fixture.fileSystem()
        if let baseURL {
            let settings = String(decoding: files.contents["content/site.yml"] ?? [], as: UTF8.self)
            files.write(settings + "base_url: \(baseURL)\n", to: "content/site.yml")
        }
        let (report, site) = Fixture.build(files, today: today)
        #expect(report.succeeded)
        return site
    }

    func json(_ path: String, in site: [String: String]) throws -> [String: Any] {
        let text = try #require(site[path], "the build wrote no \(path)")
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func assignments(_ site: [String: String]) throws -> [[String: Any]] {
        let document = try json("data/assignments.json", in: site)
        #expect(document["schemaVersion"] as? Int == 1)
        #expect(document["site"] as? String == "Testsamverkan")
        return try #require(document["assignments"] as? [[String: Any]])
    }

    @Test func everyAssignmentWithWhereItWasGivenAndEveryReport() throws {
        let records = try assignments(site(baseURL: Self.base))
        #expect(records.map { $0["id"] as? String } == ["avtalsforslag", "ersattarlista"])
        let first = records[0], second = records[1]
        #expect(first["path"] as? String == "/uppdrag/avtalsforslag/")
        #expect(first["url"] as? String == "\(Self.base)/uppdrag/avtalsforslag/")
        #expect(first["to"] as? String == "styrgrupp")
        #expect(second["to"] as? String == "förbundsdirektörerna", "free text as written")
        #expect(first["due"] as? String == "2025-03", "as precise as the minutes")
        #expect(second["due"] as? String == "2024-10-31")
        #expect(first["text"] as? String == "SRO ger styrgruppen i uppdrag att ta fram ett förslag till nytt avtal.")
        let given = try #require(first["given"] as? [String: Any])
        #expect(given["meeting"] as? String == "2024-10-03-sro")
        #expect(given["body"] as? String == "sro")
        #expect(given["date"] as? String == "2024-10-03")
        #expect(given["item"] as? String == "2")
        #expect(given["decision"] as? String == "2024-10-03-sro-4")
        #expect(given["completes"] == nil)
        let reports = try #require(first["reports"] as? [[String: Any]])
        #expect(reports.count == 1)
        #expect(reports.first?["decision"] as? String == "2024-10-20-styrgrupp-1")
        #expect(reports.first?["meeting"] as? String == "2024-10-20-styrgrupp")
        #expect(reports.first?["body"] as? String == "styrgrupp")
        #expect(reports.first?["date"] as? String == "2024-10-20")
        #expect(reports.first?["item"] as? String == "1")
        #expect(reports.first?["completes"] as? Bool == false)
        #expect((second["reports"] as? [[String: Any]])?.first?["completes"] as? Bool == true)
    }

    @Test func withoutABaseURLThereIsNoURL() throws {
        let records = try assignments(site())
        #expect(records.allSatisfy { $0["url"] == nil && $0["path"] is String })
    }

    @Test func statusesFollowToday() throws {
        // 2024-11-01: the list was completed; the proposal is due in March 2025.
        #expect(try assignments(site()).map { $0["status"] as? String } == ["open", "completed"])
        // Still open after March 2025: overdue. A completed one stays completed.
        let later = try #require(CalendarDate(year: 2025, month: 4, day: 1))
        #expect(try assignments(site(today: later)).map { $0["status"] as? String } == ["overdue", "completed"])
        // Due in March: not overdue on its last day.
        let lastDay = try #require(CalendarDate(year: 2025, month: 3, day: 31))
        #expect(try assignments(site(today: lastDay)).map { $0["status"] as? String } == ["open", "completed"])
    }

    @Test func everyDecisionIdInAssignmentsIsADecisionInDecisionsJSON() throws {
        let built = site()
        let decisions = try #require(try json("data/decisions.json", in: built)["decisions"] as? [[String: Any]])
        let ids = Set(decisions.compactMap { $0["id"] as? String })
        for record in try assignments(built) {
            let given = try #require(record["given"] as? [String: Any])
            let reports = try #require(record["reports"] as? [[String: Any]])
            for reference in [given] + reports {
                let id = try #require(reference["decision"] as? String)
                #expect(ids.contains(id), "\(id) is not in decisions.json")
            }
        }
    }

    @Test func decisionsSayWhichAssignmentTheyGiveOrReportOn() throws {
        let decisions = try #require(try json("data/decisions.json", in: site())["decisions"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: decisions.compactMap { record in (record["id"] as? String).map { ($0, record) } })
        #expect(byID["2024-10-03-sro-4"]?["assignment"] as? String == "avtalsforslag")
        #expect(byID["2024-10-03-sro-5"]?["assignment"] as? String == "ersattarlista")
        #expect(byID["2024-10-20-styrgrupp-1"]?["reports"] as? String == "avtalsforslag")
        #expect(byID["2024-10-20-styrgrupp-1"]?["completes"] as? Bool == false)
        #expect(byID["2024-10-20-styrgrupp-2"]?["reports"] as? String == "ersattarlista")
        #expect(byID["2024-10-20-styrgrupp-2"]?["completes"] as? Bool == true)
        let plain = try #require(byID["2024-10-03-sro-1"])
        #expect(plain["assignment"] == nil && plain["reports"] == nil && plain["completes"] == nil,
                "a decision without an assignment has none of the fields")
    }

    @Test func meetingsListTheirAgendaItemsTopics() throws {
        let meetings = try #require(try json("data/meetings.json", in: site())["meetings"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: meetings.compactMap { record in (record["id"] as? String).map { ($0, record) } })
        let group = try #require(byID["2024-10-20-styrgrupp"]?["items"] as? [[String: Any]])
        #expect(group.count == 1)
        #expect(group.first?["item"] as? String == "1")
        #expect(group.first?["topics"] as? [String] == ["avtal"])
        #expect(byID["2024-10-20-styrgrupp"]?["topics"] as? [String] == [], "the meeting itself names no topic")
        #expect((byID["2025-01-30-sro"]?["items"] as? [Any])?.isEmpty == true)
    }
}
