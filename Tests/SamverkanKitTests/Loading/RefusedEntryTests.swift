import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Nothing outside the content folder is read through a link, and nothing inside it vanishes
/// because it could not be read: each is a located error and the build writes nothing.
@Suite struct RefusedEntryTests {
    /// The fixture site copied to disk, with a secret file beside it.
    func diskFixture() throws -> (root: String, secret: String) {
        let root = try TemporaryFolder.make("samverkan-links")
        for (path, bytes) in Fixture.fileSystem().contents {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: full))
        }
        let secret = root + "/hemligt.txt"
        try "HEMLIGT-4711\n".write(toFile: secret, atomically: true, encoding: .utf8)
        return (root, secret)
    }

    func build(_ root: String) -> BuildReport {
        SiteBuilder(fileSystem: DiskFileSystem()).build(BuildOptions(
            contentDirectory: root + "/content", templatesDirectory: root + "/templates",
            outputDirectory: root + "/site", today: Fixture.today))
    }

    func errors(_ report: BuildReport, in root: String) -> [String] {
        report.diagnostics.errors.map { $0.description.replacingOccurrences(of: root + "/", with: "") }
    }

    @Test func aLinkToAFileOutsideIsAnErrorAndNotPublished() throws {
        let (root, secret) = try diskFixture()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/content/files", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/content/files/shadow.txt", withDestinationPath: secret)
        let report = build(root)
        #expect(report.exitStatus == 1)
        #expect(errors(report, in: root) == ["content/files/shadow.txt: error: symbolisk länk: samverkan följer inga länkar, så att ingen fil utanför mappen kan publiceras — ersätt länken med en kopia av filen eller mappen"])
        #expect(!FileManager.default.fileExists(atPath: root + "/site"))
    }

    @Test func linkedPagesFoldersDanglingAndLoopingLinksAreAllReported() throws {
        let (root, secret) = try diskFixture()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let manager = FileManager.default
        try "---\ntitle: Utanför\n---\nText.\n".write(toFile: root + "/utanfor.md", atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(atPath: root + "/content/pages/utanfor.md", withDestinationPath: root + "/utanfor.md")
        try manager.createSymbolicLink(atPath: root + "/content/pages/borta.md", withDestinationPath: root + "/finns-inte.md")
        try manager.createSymbolicLink(atPath: root + "/content/pages/slinga.md", withDestinationPath: root + "/content/pages/slinga.md")
        try manager.createSymbolicLink(atPath: root + "/content/meetings/2030", withDestinationPath: (secret as NSString).deletingLastPathComponent)
        let report = build(root)
        let linkError = ": error: symbolisk länk: samverkan följer inga länkar, så att ingen fil utanför mappen kan publiceras — ersätt länken med en kopia av filen eller mappen"
        #expect(errors(report, in: root) == ["content/meetings/2030", "content/pages/borta.md", "content/pages/slinga.md",
                                             "content/pages/utanfor.md"].map { $0 + linkError })
        #expect(!manager.fileExists(atPath: root + "/site"))
    }

    @Test func aFIFOCannotHangTheBuild() throws {
        let (root, _) = try diskFixture()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(mkfifo(root + "/content/pages/ror.md", 0o644) == 0)
        #expect(errors(build(root), in: root) == ["content/pages/ror.md: error: varken en vanlig fil eller en mapp (t.ex. en FIFO eller en enhet) — ta bort den; lägg bara vanliga filer i mappen"])
    }

    @Test func readingNeverFollowsALink() throws {
        let (root, secret) = try diskFixture()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/lank.txt", withDestinationPath: secret)
        #expect(throws: FileSystemError.unreadable(root + "/lank.txt", reason: "filen är en symbolisk länk")) {
            try DiskFileSystem().readFile(at: root + "/lank.txt")
        }
        #expect(try DiskFileSystem().readFile(at: secret) == Array("HEMLIGT-4711\n".utf8))
    }

    @Test func anUnreadableFolderFailsTheBuildInsteadOfRemovingItsPages() {
        var files = Fixture.fileSystem()
        let writer = InMemorySiteWriter()
        let options = BuildOptions(today: Fixture.today)
        #expect(SiteBuilder(fileSystem: files, writer: writer).build(options).exitStatus == 0)
        let published = writer.site(at: "site")
        files.refused["content/meetings/2024"] = .unreadableFolder
        let report = SiteBuilder(fileSystem: files, writer: writer).build(options)
        #expect(report.diagnostics.errors.map(\.description).contains("content/meetings/2024: error: mappen kan inte läsas: det som ligger i den skulle försvinna från webbplatsen — ge läsrätt till mappen (t.ex. chmod -R a+rX) och bygg igen"))
        #expect(report.exitStatus == 1)
        #expect(writer.site(at: "site") == published)
    }

    @Test func aLinkAmongTheTemplatesIsAnError() throws {
        let (root, secret) = try diskFixture()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/templates/assets/hemligt.css", withDestinationPath: secret)
        #expect(errors(build(root), in: root) == ["templates/assets/hemligt.css: error: symbolisk länk: samverkan följer inga länkar, så att ingen fil utanför mappen kan publiceras — ersätt länken med en kopia av filen eller mappen"])
    }
}
