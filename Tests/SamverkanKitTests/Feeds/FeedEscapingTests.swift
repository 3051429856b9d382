import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// No value can break a feed for its subscribers or add lines of its own to the calendar or robots.txt.
@Suite struct FeedEscapingTests {
    @Test func xmlTextLeavesOutWhatXMLForbids() {
        #expect(XMLText.escape("Möte\u{0C}SRO <b> & \u{1}\u{FFFF}\"") == "MöteSRO &lt;b&gt; &amp; &quot;")
    }

    @Test func calendarTextCanNeverStartALineOfItsOwn() {
        #expect(CalendarFeed.escape("SRO\rEND:VEVENT\r\nBEGIN:VEVENT\nx\u{0B}") == "SRO\\nEND:VEVENT\\nBEGIN:VEVENT\\nx")
        #expect(CalendarFeed.escape("a;b,c\\d") == "a\\;b\\,c\\\\d")
    }

    @Test func aLongGraphemeStillFolds() {
        let line = "SUMMARY:e" + String(repeating: "\u{301}", count: 200)
        let folded = CalendarFeed.fold(line)
        #expect(folded.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        // Compared as bytes: a continuation line may begin with a combining mark.
        var unfolded = Array(folded.utf8)
        while let index = unfolded.indices.first(where: { unfolded[$0...].starts(with: [13, 10, 32]) }) {
            unfolded.removeSubrange(index..<index + 3)
        }
        #expect(unfolded == Array(line.utf8))
    }

    @Test func aBaseURLWithALineBreakIsAnError() {
        var files = Fixture.fileSystem()
        let settings = String(decoding: files.contents["content/site.yml"] ?? [], as: UTF8.self)
        files.write(settings + "base_url: \"https://example.se/\\nDisallow: /\"\n", to: "content/site.yml")
        let (report, lines) = Fixture.check(files)
        #expect(report.exitStatus == 1)
        #expect(lines.contains { $0.contains("error: base_url får inte innehålla mellanslag, radbrytningar") })
    }
}
