import Foundation
import Testing
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// What a reader sees of the approval (justering) of minutes: the fixture's steering group minutes
/// of 2024-10-20 are published as preliminary; a later meeting (2024-10-28) approves them.
@Suite struct ApprovalPageTests {
    static let preliminary = Fixture.build(Fixture.fileSystem()).1
    static let approved = Fixture.build(ApprovalDiagnosticTests.files(approves: "2024-10-20-styrgrupp")).1
    static let approvedPage = "moten/2024/2024-10-20-styrgrupp/index.html"

    func meetingRecord(_ site: [String: String], _ id: String) throws -> [String: Any] {
        let data = Data(try #require(site["data/meetings.json"]).utf8)
        let meetings = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["meetings"] as? [[String: Any]])
        return try #require(meetings.first { $0["id"] as? String == id })
    }

    @Test func preliminaryMinutesSayTheyAreNotYetApproved() throws {
        let page = try #require(Self.preliminary[Self.approvedPage])
        #expect(page.contains("Anteckningarna är publicerade innan de har godkänts (justerats)."))
        #expect(!page.contains("Anteckningarna godkända"))
        let body = try #require(Self.preliminary["organ/styrgrupp/index.html"])
        #expect(body.contains(#"<span class="status status--preliminary">Preliminära anteckningar</span>"#))
        #expect(try meetingRecord(Self.preliminary, "2024-10-20-styrgrupp")["preliminary"] as? Bool == true)
        let sro = try meetingRecord(Self.preliminary, "2024-10-03-sro")
        #expect(sro["preliminary"] as? Bool == false && sro["approvedBy"] == nil, "minutes without either say nothing")
    }

    @Test func approvedMinutesSayWhereAndWhenWithALink() throws {
        let page = try #require(Self.approved[Self.approvedPage])
        #expect(page.contains(#"<dt>Anteckningarna godkända</dt>"#))
        #expect(page.contains(#"<dd><time datetime="2024-10-28">28 oktober 2024</time> av Gemensam styrgrupp: <a href="../2024-10-28-styrgrupp/index.html#beslut-1">Gemensam styrgrupp 28 oktober 2024</a></dd>"#))
        #expect(!page.contains("Anteckningarna är publicerade innan"), "an approval ends the preliminary state")
        let approving = try #require(Self.approved["moten/2024/2024-10-28-styrgrupp/index.html"])
        #expect(approving.contains(#"<p class="decision__approves">Godkänner anteckningarna från <a href="../2024-10-20-styrgrupp/index.html">Gemensam styrgrupp 20 oktober 2024</a>.</p>"#))
        let record = try meetingRecord(Self.approved, "2024-10-20-styrgrupp")
        #expect(record["preliminary"] as? Bool == false)
        #expect(record["approvedBy"] as? String == "2024-10-28-styrgrupp-1")
        #expect(try #require(Self.approved["data/decisions.json"]).contains(#""approves" : "2024-10-20-styrgrupp""#))
        #expect(LinkChecker.brokenLinks(in: Self.approved) == [])
    }
}
