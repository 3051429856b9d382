import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// What killed builds leave behind is cleared by the next one: only folders whose names samverkan
/// makes for this output folder, nothing else beside it.
@Suite struct DiskSiteWriterDebrisTests {
    func makeFile(_ path: String, _ text: String = "x") throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test func foldersLeftByKilledBuildsAreRemovedAndNothingElse() throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        let ours = [".site.samverkan-new-123-0000abcd", ".site.samverkan-old-77-deadbeef", ".site.samverkan-trash-9-00000001"]
        let theirs = [".site.samverkan-notes", ".site.samverkan-new-12-xyz", ".site2.samverkan-new-1-0000abcd",
                      ".samverkan-new-1-0000abcd", "site2", ".site.samverkan-new-1-0000abcd.bak"]
        for name in ours + theirs { try makeFile(scenario.root + "/" + name + "/moten/index.html") }
        // Staging of the earlier writer, inside the output folder, dropped before it was cleaned up.
        try makeFile(scenario.output + "/.samverkan-staging-4242/index.html")

        try DiskSiteWriter().publish(PublishScenario.old, to: scenario.output)
        #expect(scenario.besideOutput == (scenario.clean + theirs).sorted())
        #expect(FolderSnapshot.of(scenario.output) == scenario.oldSite)
    }

    @Test func anOutputFolderMovedAsideByAKilledBuildIsPutBack() throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        try FileManager.default.moveItem(atPath: scenario.output, toPath: scenario.root + "/.site.samverkan-old-5-0000abcd")
        try makeFile(scenario.root + "/.site.samverkan-new-5-0000abce/index.html", "halvfärdig")

        try DiskSiteWriter().recover(scenario.output)
        #expect(FolderSnapshot.of(scenario.output) == scenario.oldSite)
        #expect(scenario.besideOutput == scenario.clean)
    }

    @Test func aFileOrForeignFolderIsStillRefusedAndGetsNoLockFile() throws {
        let scenario = try PublishScenario(.first)
        defer { scenario.remove() }
        try makeFile(scenario.output, "en fil")
        #expect(throws: OutputError.self) { try DiskSiteWriter().publish(PublishScenario.new, to: scenario.output) }
        try FileManager.default.removeItem(atPath: scenario.output)
        try makeFile(scenario.output + "/dokument.txt", "viktigt")
        #expect(throws: OutputError.self) { try DiskSiteWriter().publish(PublishScenario.new, to: scenario.output) }
        #expect(FolderSnapshot.of(scenario.output)?.entries == ["dokument.txt": .file(Array("viktigt".utf8))])
        #expect(scenario.besideOutput == ["site"])
    }
}
