import Foundation
import Testing
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Corrections of published minutes: the fixture's steering group minutes of 2024-10-20 were
/// corrected on 2024-10-25. Shown on the meeting page, in `/rattelser.xml` and in the open data.
@Suite struct CorrectionTests {
    static let site = Fixture.build(Fixture.fileSystem()).1
    static let path = "content/meetings/2024/2024-10-20-styrgrupp.md"

    @Test func theMeetingPageListsItsCorrections() throws {
        let page = try #require(Self.site["moten/2024/2024-10-20-styrgrupp/index.html"])
        #expect(page.contains(#"<h2 id="rattelser">Rättelser</h2>"#))
        #expect(page.contains(#"<li><time datetime="2024-10-25">25 oktober 2024</time>: Rättad stavning av avtalsförslaget &amp; ersättarlistan.</li>"#))
        #expect(!(try #require(Self.site["moten/2024/2024-10-03-sro/index.html"])).contains("rattelser"), "no corrections, no section")
    }

    @Test func theCorrectionsFeedHasOneEntryPerCorrection() throws {
        let feed = try #require(Self.site["rattelser.xml"])
        #expect(feed.contains("<id>urn:samverkan:rattelse:2024-10-20-styrgrupp:1</id>"))
        #expect(feed.contains(#"href="moten/2024/2024-10-20-styrgrupp/#rattelser""#))
        #expect(feed.contains("<updated>2024-10-25T00:00:00+02:00</updated>"))
        #expect(feed.contains("Rättad stavning av avtalsförslaget &amp; ersättarlistan."))
        #expect(try #require(Self.site["folj/index.html"]).contains(#"<a href="../rattelser.xml">Nyhetsflöde för rättelser (Atom)</a>"#))
    }

    @Test func theOpenDataCarriesTheCorrections() throws {
        let data = Data(try #require(Self.site["data/meetings.json"]).utf8)
        let meetings = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["meetings"] as? [[String: Any]])
        let meeting = try #require(meetings.first { $0["id"] as? String == "2024-10-20-styrgrupp" })
        let corrections = try #require(meeting["corrections"] as? [[String: String]])
        #expect(corrections == [["date": "2024-10-25", "text": "Rättad stavning av avtalsförslaget & ersättarlistan."]])
    }

    @Test func aCorrectionDatedBeforeTheMeetingIsAnError() throws {
        var files = Fixture.fileSystem()
        let text = String(decoding: try #require(files.contents[Self.path]), as: UTF8.self)
        files.write(text.replacingOccurrences(of: "date: 2024-10-25", with: "date: 2024-10-15"), to: Self.path)
        let (report, lines) = Fixture.check(files)
        #expect(report.exitStatus == 1)
        #expect(lines == ["content/meetings/2024/2024-10-20-styrgrupp.md:22:11: error: rättelsen (2024-10-15) är daterad före mötet (2024-10-20) — skriv dagen då anteckningarna rättades"])
    }

    @Test func aCorrectionWithoutTextIsAnError() throws {
        var files = Fixture.fileSystem()
        let text = String(decoding: try #require(files.contents[Self.path]), as: UTF8.self)
        files.write(text.replacingOccurrences(of: "    text: Rättad stavning av avtalsförslaget & ersättarlistan.\n", with: ""), to: Self.path)
        let (report, lines) = Fixture.check(files)
        #expect(report.exitStatus == 1)
        #expect(lines.count == 1 && lines[0].hasPrefix("content/meetings/2024/2024-10-20-styrgrupp.md:22:") && lines[0].contains("text"), "\(lines)")
    }
}
