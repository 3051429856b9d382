import Testing
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// "Hänvisningar hit": the steering group's minutes (2024-10-20, untitled) link SRO's meeting of
/// 2024-10-03 at item 2 (a relative link to the source file) and at item 3a (a site path).
@Suite struct BacklinkTests {
    static let site = Fixture.build(Fixture.fileSystem()).1

    @Test func aMeetingListsTheMeetingsThatLinkToItAndToWhichItem() throws {
        let page = try #require(Self.site["moten/2024/2024-10-03-sro/index.html"])
        #expect(page.contains(#"<h2 id="hanvisningar">Hänvisningar hit</h2>"#))
        #expect(page.contains(#"<li><a href="../2024-10-20-styrgrupp/index.html">Gemensam styrgrupp 20 oktober 2024</a>, om punkt 2</li>"#))
        #expect(page.contains(#"<li><a href="../2024-10-20-styrgrupp/index.html">Gemensam styrgrupp 20 oktober 2024</a>, om punkt 3a</li>"#))
    }

    @Test func aBacklinkNeverShowsTheDateOfThePageItIsOn() throws {
        // The linking meeting's title already ends with its date, so the entry has none; it must not
        // fall back to the linked meeting's own date (3 October).
        let page = try #require(Self.site["moten/2024/2024-10-03-sro/index.html"])
        let start = try #require(page.range(of: #"<ul class="backlink-list">"#))
        let rest = page[start.upperBound...]
        let list = rest[..<(rest.range(of: "</ul>")?.lowerBound ?? rest.endIndex)]
        #expect(!list.contains("3 oktober 2024"))
    }

    @Test func anItemShowsWhereLaterMeetingsReferToIt() throws {
        let page = try #require(Self.site["moten/2024/2024-10-03-sro/index.html"])
        #expect(page.contains("""
              <div class="item-backlinks">
                <p>Punkten nämns i:</p>
                <ul>
                  <li><a href="../2024-10-20-styrgrupp/index.html">Gemensam styrgrupp 20 oktober 2024</a></li>
        """))
    }

    @Test func aMeetingNobodyLinksToHasNoSection() throws {
        let page = try #require(Self.site["moten/2024/2024-10-20-styrgrupp/index.html"])
        #expect(!page.contains("hanvisningar"))
    }
}
