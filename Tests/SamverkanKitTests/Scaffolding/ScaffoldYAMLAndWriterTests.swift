import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

@Suite struct ScaffoldYAMLAndWriterTests {
    /// The text YAML reads back from `key: <scalar>`.
    func readBack(_ scalar: String) throws -> String? {
        let node = try YamsFrontMatterParser().parse("key: \(scalar)\n")
        guard case let .mapping(pairs)? = node?.kind, let value = pairs.first?.value,
              case let .scalar(text, _) = value.kind, !value.isNull else { return nil }
        return text
    }

    @Test(arguments: [
        "Stationshuset Lejonet", "Centralhuset Konferens, samma lokal som SRO:s möte",
        "United Spaces, Östra Hamngatan 16, Göteborg (konferenslokal Nya Arenan, ingång via huvudentré)",
        "Lokal: Kupén", "Lokal:", "# inte en kommentar", "Namn #2", "- lista", "yes", "No", "null", "~", "13:00",
        "2024-10-03", "123", "[a, b]", "{a: b}", "'citat'", "\"citat\"", "a \\ b", "två\nrader", "tab\there",
        " inledande", "avslutande ", "&ankare", "*alias", "!tagg", "|", ">", "%direktiv", "@", "`", "Å", "",
        "ordförande Regionstyrelsen; ordförande", "Västra Götalandsregionen", "a  b", "\u{2028}",
    ])
    func everyTextReadsBackUnchanged(_ text: String) throws {
        #expect(try readBack(YAMLText.scalar(text)) == text)
    }

    @Test func namesAndPlacesStayPlainLikeTheHandWrittenFiles() {
        #expect(YAMLText.scalar("Centralhuset Konferens, samma lokal som SRO:s möte") == "Centralhuset Konferens, samma lokal som SRO:s möte")
        #expect(YAMLText.scalar("Lokal: Kupén") == "\"Lokal: Kupén\"")
        #expect(YAMLText.scalar("yes") == "\"yes\"")
        #expect(YAMLText.scalar("säger \"hej\"\n") == "\"säger \\\"hej\\\"\\n\"")
    }

    func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("samverkan-scaffold-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func theDiskWriterCreatesFoldersAndNeverReplacesAFile() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/meetings/2026/2026-12-03-sro.md"
        try DiskScaffoldWriter().create("ny", at: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "ny")
        #expect(throws: ScaffoldWriteError.exists) { try DiskScaffoldWriter().create("annan", at: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "ny")
        // Nor the target of a symbolic link.
        try "mål".write(toFile: root + "/target.md", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/link.md", withDestinationPath: root + "/target.md")
        #expect(throws: ScaffoldWriteError.exists) { try DiskScaffoldWriter().create("x", at: root + "/link.md") }
        #expect(try String(contentsOfFile: root + "/target.md", encoding: .utf8) == "mål")
        // A dangling link is refused too, and no temporary file is left beside any of them.
        try FileManager.default.createSymbolicLink(atPath: root + "/dangling.md", withDestinationPath: root + "/nowhere.md")
        #expect(throws: ScaffoldWriteError.exists) { try DiskScaffoldWriter().create("x", at: root + "/dangling.md") }
        #expect(!FileManager.default.fileExists(atPath: root + "/nowhere.md"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["dangling.md", "link.md", "meetings", "target.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/meetings/2026") == ["2026-12-03-sro.md"])
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o644)
    }

    @Test func onDiskAnExistingMeetingIsRefusedAndLeftUnchanged() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let content = root + "/content"
        try FileManager.default.copyItem(atPath: Fixture.fixturesFolder.appendingPathComponent("content").path, toPath: content)
        let existing = content + "/meetings/2024/2024-10-03-sro.md"
        let original = try Data(contentsOf: URL(fileURLWithPath: existing))
        let scaffolder = Scaffolder()
        let refused = scaffolder.newMeeting(.init(body: "sro", date: "2024-10-03"), contentDirectory: content)
        #expect(refused.diagnostics.sorted.map(\.message) == ["filen finns redan och skrivs inte över"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: existing)) == original)

        let created = scaffolder.newMeeting(.init(body: "sro", date: "2026-12-03"), contentDirectory: content)
        #expect(created.succeeded)
        #expect(FileManager.default.fileExists(atPath: content + "/meetings/2026/2026-12-03-sro.md"))
        let report = SiteBuilder().check(BuildOptions(contentDirectory: content, today: Fixture.today))
        #expect(!report.diagnostics.hasErrors)
    }
}
