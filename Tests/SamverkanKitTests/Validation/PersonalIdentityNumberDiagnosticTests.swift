import Testing
@testable import SamverkanLoading
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// A personal identity number in any content file the loader reads is an error at its line and
/// column, never printed, and the build writes nothing.
@Suite struct PersonalIdentityNumberDiagnosticTests {
    static let meetingPath = "content/meetings/2024/2024-10-03-sro.md"
    static let personalHint = "ta bort det eller skriv [personnummer borttaget]"

    /// The fixture with `text` added at the end of the file at `path` (created when missing).
    func appending(_ text: String, to path: String) -> (files: InMemoryFileSystem, line: Int) {
        var files = Fixture.fileSystem()
        let old = files.contents[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
        files.write(old + text, to: path)
        return (files, old.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    func replacing(_ old: String, with new: String, in path: String = Self.meetingPath) throws -> InMemoryFileSystem {
        var files = Fixture.fileSystem()
        let text = String(decoding: try #require(files.contents[path]), as: UTF8.self)
        try #require(text.contains(old), "\(path) has no '\(old)'")
        files.write(text.replacingOccurrences(of: old, with: new), to: path)
        return files
    }

    /// Checks and builds; expects exactly `expected` as the errors, a failed build and nothing written.
    func expectErrors(_ files: InMemoryFileSystem, _ expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (checked, _) = Fixture.check(files)
        #expect(checked.diagnostics.sorted.filter { $0.severity == .error }.map(\.description) == expected, sourceLocation: sourceLocation)
        #expect(checked.exitStatus == 1, sourceLocation: sourceLocation)
        let writer = InMemorySiteWriter()
        let built = SiteBuilder(fileSystem: files, writer: writer).build(BuildOptions(today: Fixture.today))
        #expect(built.exitStatus == 1, sourceLocation: sourceLocation)
        #expect(writer.site(at: "site") == nil, "a failed build wrote files", sourceLocation: sourceLocation)
    }

    @Test func inAMeetingsText() {
        let (files, line) = appending("\nPatienten (19121212-1212) har fått vård.\n", to: Self.meetingPath)
        expectErrors(files, [
            "\(Self.meetingPath):\(line + 1):12: error: här står ett personnummer; det får inte publiceras — \(Self.personalHint)",
        ])
    }

    @Test func inAMeetingsFrontMatter() throws {
        expectErrors(try replacing("title: Mötesanteckning SRO", with: "title: Mötesanteckning SRO 121212-1212"), [
            "\(Self.meetingPath):4:28: error: här står ett personnummer; det får inte publiceras — \(Self.personalHint)",
        ])
    }

    @Test func aCoordinationNumberInABody() throws {
        expectErrors(try replacing("Det möts sex gånger om året.", with: "Det möts sex gånger om året. Kontakt: 701063-2391.",
                                   in: "content/bodies/sro.md"), [
            "content/bodies/sro.md:8:76: error: här står ett samordningsnummer; det får inte publiceras — ta bort det eller skriv [samordningsnummer borttaget]",
        ])
    }

    @Test func inATopicAPageSiteYmlAndMilestonesYml() throws {
        var files = try replacing("Avtalet mellan regionen", with: "Avtalet (811218-9876) mellan regionen", in: "content/topics/avtal.md")
        for (path, old, new) in [
            ("content/pages/om.md", "title: Om webbplatsen", "title: Om webbplatsen 6408233234"),
            ("content/site.yml", "footer: Testsamverkan, en fixtur.", "footer: Testsamverkan, en fixtur. 198112189876"),
            ("content/milestones.yml", "  title: Förslaget ute på remiss", "  title: Förslaget ute på remiss 121212+1212"),
        ] {
            let text = String(decoding: try #require(files.contents[path]), as: UTF8.self)
            try #require(text.contains(old), "\(path) has no '\(old)'")
            files.write(text.replacingOccurrences(of: old, with: new), to: path)
        }
        expectErrors(files, [
            "content/milestones.yml:7:34: error: här står ett personnummer; det får inte publiceras — \(Self.personalHint)",
            "content/pages/om.md:2:23: error: här står ett personnummer; det får inte publiceras — \(Self.personalHint)",
            "content/site.yml:5:35: error: här står ett personnummer; det får inte publiceras — \(Self.personalHint)",
            "content/topics/avtal.md:5:10: error: här står ett personnummer; det får inte publiceras — \(Self.personalHint)",
        ])
    }

    /// The notes for communicators are not published, but the repository they are in may be.
    @Test func inTheContentFoldersReadme() {
        var files = Fixture.fileSystem()
        files.write("# Anteckningar\n\nTestpersonen har 19121212-1212.\n", to: "content/README.md")
        expectErrors(files, ["content/README.md:3:18: error: här står ett personnummer; det får inte publiceras — \(Self.personalHint)"])
    }

    /// A file saved on Windows: lines and columns are those of the editor, as for every other message.
    @Test func inAFileWithWindowsLineEndings() throws {
        var files = Fixture.fileSystem()
        let text = String(decoding: try #require(files.contents["content/topics/avtal.md"]), as: UTF8.self)
        files.write((text + "Åsa: 121212-1212\n").replacingOccurrences(of: "\n", with: "\r\n"), to: "content/topics/avtal.md")
        expectErrors(files, ["content/topics/avtal.md:6:6: error: här står ett personnummer; det får inte publiceras — \(Self.personalHint)"])
    }

    @Test func twoOnOneLineAreTwoErrors() {
        let (files, line) = appending("\nA 121212-1212 och B 811218-9876.\n", to: Self.meetingPath)
        expectErrors(files, [
            "\(Self.meetingPath):\(line + 1):3: error: här står ett personnummer; det får inte publiceras — \(Self.personalHint)",
            "\(Self.meetingPath):\(line + 1):21: error: här står ett personnummer; det får inte publiceras — \(Self.personalHint)",
        ])
    }

    /// A number whose check digit or date is wrong, an organisationsnummer, dates, ranges and phone
    /// numbers are not personal identity numbers: the fixture stays clean.
    @Test func numbersThatAreNotOnePass() {
        let (files, _) = appending("""

            Fel kontrollsiffra: 19121212-1213 och 121212-1213. Ingen dag: 780230-1239.
            Organisationsnummer 232100-0131, 556012-5790 och 802015-7981. Mötet 2024-10-03 kl. 13.00, åren 2019-2024.
            Ring 031-123 45 67 eller 070-123 45 69. Diarienummer RS 2024-01234.

            """, to: Self.meetingPath)
        let (report, lines) = Fixture.check(files)
        #expect(lines.isEmpty, "got: \(lines)")
        #expect(report.exitStatus == 0)
    }

    /// CI logs are public: no output format of the report holds the digits.
    @Test func theNumberIsNeverPrinted() {
        let (files, _) = appending("\n19121212-1212, 701063-2391 och 8112189876.\n", to: Self.meetingPath)
        let (report, lines) = Fixture.check(files)
        #expect(lines.count == 3)
        let printed = [
            DiagnosticPrinter.report(report.diagnostics),
            DiagnosticPrinter.json(report.diagnostics, succeeded: report.succeeded),
            DiagnosticPrinter.github(report.diagnostics),
        ]
        for output in printed {
            for digits in ["1212", "701063", "2391", "811218", "9876"] {
                #expect(!output.contains(digits), "\(digits) in \(output)")
            }
        }
    }
}
