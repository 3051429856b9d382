import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Files as Windows, old Macs and Word save them read like any other.
@Suite struct SourceTextTests {
    static let path = "content/meetings/2024/2024-10-03-sro.md"

    func meetingText() throws -> String {
        let files = Fixture.fileSystem()
        return String(decoding: try #require(files.contents[Self.path]), as: UTF8.self)
    }

    /// The fixture built with the meeting's bytes replaced.
    func build(meeting bytes: [UInt8]) -> (BuildReport, [String: String]) {
        var files = Fixture.fileSystem()
        files.contents[Self.path] = bytes
        return Fixture.build(files)
    }

    @Test func windowsLineEndingsGiveTheSameSite() throws {
        let text = try meetingText()
        let (_, expected) = build(meeting: Array(text.utf8))
        let (report, site) = build(meeting: Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(report.diagnostics.sorted.map(\.description) == [])
        #expect(site == expected)
    }

    @Test func oldMacLineEndingsAndAByteOrderMarkGiveTheSameSite() throws {
        let text = try meetingText()
        let (_, expected) = build(meeting: Array(text.utf8))
        let (report, site) = build(meeting: [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r").utf8))
        #expect(report.diagnostics.sorted.map(\.description) == [])
        #expect(site == expected)
    }

    @Test func aControlCharacterFromWordBecomesASpaceWithAWarning() {
        let (text, diagnostics) = SourceText.decode(Array("---\ntitle: Möte\u{0C}SRO\r\nx: \u{0}\n".utf8), path: "a.md")
        #expect(text == "---\ntitle: Möte SRO\nx:  \n")
        #expect(diagnostics.map(\.description) == ["a.md:2:12: warning: styrtecknet U+000C i texten har ersatts med mellanslag — tecknet kommer ofta från Word (radbrytning, sidbrytning); ta bort det ur filen"])
    }

    @Test func invalidUTF8IsReportedAtItsLineAndColumn() {
        let (text, diagnostics) = SourceText.decode(Array("---\nname: Göran\n".utf8) + [0x4D, 0xF6, 0x74, 0x65], path: "a.md")
        #expect(text == nil)
        #expect(diagnostics.map(\.description) == ["a.md:3:2: error: filen är inte sparad som UTF-8 — spara om filen med teckenkodningen UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8)"])
    }

    @Test func ordinaryTextIsTakenAsItIs() {
        let (text, diagnostics) = SourceText.decode(Array("Å\tä\nö – ”citat” \u{FFFD}\n".utf8), path: "a.md")
        #expect(text == "Å\tä\nö – ”citat” \u{FFFD}\n")
        #expect(diagnostics.isEmpty)
    }

    /// The check reads eight bytes at a time: a control character, a CR, C1 controls and DEL are
    /// found wherever they fall in the text, and text of printable ASCII and Swedish letters is left alone.
    @Test func aControlCharacterIsFoundWhereverItFalls() {
        let plain = String(repeating: "Protokoll från SRO ", count: 3)
        for offset in 0 ..< 24 {
            let before = String(plain.prefix(offset))
            for control in ["\u{0C}", "\r", "\u{7F}", "\u{85}"] {
                let (text, diagnostics) = SourceText.decode(Array((before + control + plain).utf8), path: "a.md")
                #expect(control == "\r" ? text == before + "\n" + plain : diagnostics.count == 1, "\(offset) \(control.unicodeScalars.first!.value)")
            }
        }
        let (text, diagnostics) = SourceText.decode(Array((plain + "åäö ÅÄÖ é ” – \t\n").utf8), path: "a.md")
        #expect(text == plain + "åäö ÅÄÖ é ” – \t\n")
        #expect(diagnostics.isEmpty)
    }
}
