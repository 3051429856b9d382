import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

@Suite struct DiskSiteWriterTests {
    func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("samverkan-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func listing(_ folder: String) -> [String: String] {
        var result: [String: String] = [:]
        for path in (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? [] {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { result[path] = (try? String(contentsOfFile: folder + "/" + path, encoding: .utf8)) ?? "" }
        }
        return result
    }

    @Test func replacesTheWholeSiteAndLeavesNoStagingBehind() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/site"
        try DiskSiteWriter().publish([OutputFile(path: "index.html", text: "ett"), OutputFile(path: "gammal/index.html", text: "x")], to: output)
        try DiskSiteWriter().publish([OutputFile(path: "index.html", text: "två"), OutputFile(path: "organ/sro/index.html", text: "sro")], to: output)
        #expect(listing(output) == ["index.html": "två", "organ/sro/index.html": "sro", ".samverkan": DiskSiteWriter.markerText])
        // Beside the output folder: its lock file, which is never deleted.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [".site.samverkan-lock", "site"])
    }

    /// serve's preview of an edited meeting: one page of the live site replaced at once, the rest
    /// untouched; a page the site does not have yet, or a path out of the folder, is refused.
    @Test func oneFileOfThePublishedSiteIsReplacedInPlace() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/site"
        try DiskSiteWriter().publish([OutputFile(path: "index.html", text: "start"), OutputFile(path: "moten/a/index.html", text: "ett")], to: output)
        try DiskSiteWriter().replace(OutputFile(path: "moten/a/index.html", text: "två"), in: output)
        #expect(listing(output) == ["index.html": "start", "moten/a/index.html": "två", ".samverkan": DiskSiteWriter.markerText])
        #expect(throws: OutputError.self) { try DiskSiteWriter().replace(OutputFile(path: "moten/b/index.html", text: "ny"), in: output) }
        #expect(throws: OutputError.self) { try DiskSiteWriter().replace(OutputFile(path: "../utanfor.html", text: "x"), in: output) }
        #expect(listing(output) == ["index.html": "start", "moten/a/index.html": "två", ".samverkan": DiskSiteWriter.markerText])
        #expect(!FileManager.default.fileExists(atPath: root + "/utanfor.html"))
    }

    @Test func refusesToReplaceAFolderOfOtherFiles() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "viktigt".write(toFile: root + "/dokument.txt", atomically: true, encoding: .utf8)
        #expect(throws: OutputError.self) {
            try DiskSiteWriter().publish([OutputFile(path: "index.html", text: "x")], to: root)
        }
        #expect(listing(root) == ["dokument.txt": "viktigt"])
    }

    @Test func aFailedBuildLeavesTheOutputFolderExactlyAsItWas() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let content = root + "/content", templates = root + "/templates", output = root + "/site"
        try FileManager.default.copyItem(atPath: Fixture.fixturesFolder.appendingPathComponent("content").path, toPath: content)
        try FileManager.default.copyItem(atPath: Fixture.repositoryFolder.appendingPathComponent("templates").path, toPath: templates)
        let options = BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output, today: Fixture.today)
        #expect(SiteBuilder().build(options).exitStatus == 0)
        let before = listing(output)
        #expect(before["index.html"] != nil)

        try "---\nbody: sro\ndate: 2024-13-01\n---\n".write(toFile: content + "/meetings/2024/2024-10-03-sro.md", atomically: true, encoding: .utf8)
        let report = SiteBuilder().build(options)
        #expect(report.exitStatus == 1)
        #expect(listing(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).filter { $0.hasPrefix(".samverkan-") } == [])
    }

    @Test func refusesAnOutputFolderThatIsOrHoldsTheContent() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.copyItem(atPath: Fixture.fixturesFolder.appendingPathComponent("content").path, toPath: root + "/content")
        for output in [root + "/content", root, root + "/content/site"] {
            let report = SiteBuilder().build(BuildOptions(contentDirectory: root + "/content", templatesDirectory: root + "/templates",
                                                          outputDirectory: output, today: Fixture.today))
            #expect(report.exitStatus == 1)
            #expect(report.diagnostics.errors.contains { $0.message.contains("innehållsmappen") })
        }
        #expect(listing(root + "/content").count == 10)
    }

    /// Sets every file's modification time to an hour ago and returns the times, by path.
    func ageFiles(_ folder: String) throws -> [String: Date] {
        let old = Date(timeIntervalSinceNow: -3600)
        var times: [String: Date] = [:]
        for path in listing(folder).keys {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: folder + "/" + path)
            times[path] = try FileManager.default.attributesOfItem(atPath: folder + "/" + path)[.modificationDate] as? Date
        }
        return times
    }

    func modificationTimes(_ folder: String) throws -> [String: Date] {
        var times: [String: Date] = [:]
        for path in listing(folder).keys {
            times[path] = try FileManager.default.attributesOfItem(atPath: folder + "/" + path)[.modificationDate] as? Date
        }
        return times
    }

    @Test func unchangedFilesKeepTheirModificationTimeAndOnlyChangesAreWritten() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/site"
        let site = [OutputFile(path: "index.html", text: "start"), OutputFile(path: "organ/sro/index.html", text: "sro"),
                    OutputFile(path: "assets/style.css", text: "body{}")]
        let first = try DiskSiteWriter().publish(site, to: output)
        #expect(first.written.sorted() == ["assets/style.css", "index.html", "organ/sro/index.html"])
        let aged = try ageFiles(output)

        let again = try DiskSiteWriter().publish(site, to: output)
        #expect(again == PublishResult(written: [], unchanged: 3, removed: []))
        #expect(try modificationTimes(output) == aged)

        var edited = site
        edited[1] = OutputFile(path: "organ/sro/index.html", text: "sro, ändrad")
        let changed = try DiskSiteWriter().publish(edited, to: output)
        #expect(changed.written == ["organ/sro/index.html"])
        let times = try modificationTimes(output)
        #expect(times["index.html"] == aged["index.html"])
        #expect(times["assets/style.css"] == aged["assets/style.css"])
        #expect(times["organ/sro/index.html"] != aged["organ/sro/index.html"])
        #expect(listing(output)["organ/sro/index.html"] == "sro, ändrad")
    }

    @Test func filesThatLeftTheSiteAreRemovedWithTheirEmptyFolders() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/site"
        try DiskSiteWriter().publish([OutputFile(path: "index.html", text: "a"), OutputFile(path: "moten/2024/x/index.html", text: "x"),
                                      OutputFile(path: "moten/2024/y/index.html", text: "y")], to: output)
        let result = try DiskSiteWriter().publish([OutputFile(path: "index.html", text: "a"), OutputFile(path: "moten/2024/y/index.html", text: "y")], to: output)
        #expect(result.removed == ["moten/2024/x/index.html"])
        #expect(!FileManager.default.fileExists(atPath: output + "/moten/2024/x"))
        #expect(listing(output).keys.sorted() == [".samverkan", "index.html", "moten/2024/y/index.html"])
    }

    @Test func aFileThatCannotBeWrittenLeavesTheSiteAsItWas() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/site"
        try DiskSiteWriter().publish([OutputFile(path: "index.html", text: "gammal"), OutputFile(path: "om/index.html", text: "om")], to: output)
        // A path no file system accepts: the whole publish must fail before anything is moved into place.
        let tooLong = String(repeating: "x", count: 300) + "/index.html"
        #expect(throws: OutputError.self) {
            try DiskSiteWriter().publish([OutputFile(path: "index.html", text: "ny"), OutputFile(path: tooLong, text: "?")], to: output)
        }
        #expect(listing(output) == [".samverkan": DiskSiteWriter.markerText, "index.html": "gammal", "om/index.html": "om"])
    }
}
