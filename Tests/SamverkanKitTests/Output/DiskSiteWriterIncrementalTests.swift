import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// A new generation reuses every unchanged file of the live site, so
/// `rsync` and browsers see only what changed; with nothing changed nothing is written.
@Suite struct DiskSiteWriterIncrementalTests {
    struct Identity: Equatable {
        var inode: UInt64
        var modified: Int
    }

    /// Sets every file's modification time an hour back, so a rewrite would show.
    func age(_ folder: String) throws {
        let old = Date(timeIntervalSinceNow: -3600)
        for (path, entry) in FolderSnapshot.of(folder)?.entries ?? [:] where entry != .folder {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: folder + "/" + path)
        }
    }

    func identity(_ path: String) -> Identity? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Identity(inode: UInt64(info.st_ino), modified: info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec)
    }

    static let unchanged = ["om/index.html", "assets/style.css", "pagefind/pagefind.js", "pagefind/index/sv_1.pf_index", ".samverkan"]

    @Test func unchangedFilesKeepTheirInodeAndModificationTime() throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        try age(scenario.output)
        let before = Self.unchanged.map { identity(scenario.output + "/" + $0) }
        let changedBefore = identity(scenario.output + "/index.html")

        let result = try DiskSiteWriter().publish(PublishScenario.new, to: scenario.output)
        #expect(result == PublishResult(written: ["index.html", "moten/2024/b/index.html", "moten/2025/c/index.html", "nyheter/index.html"],
                                        unchanged: 4, removed: ["moten/2024/a/index.html", "nyheter"]))
        #expect(Self.unchanged.map { identity(scenario.output + "/" + $0) } == before)
        #expect(identity(scenario.output + "/index.html")?.modified != changedBefore?.modified)
        #expect(FolderSnapshot.of(scenario.output) == scenario.newSite)
    }

    @Test(arguments: [EXDEV, EPERM])
    func withoutHardLinksUnchangedFilesAreCopiedWithTheirModificationTime(code: Int32) throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        try age(scenario.output)
        let before = Self.unchanged.map { identity(scenario.output + "/" + $0)?.modified }

        try DiskSiteWriter(operations: FaultyFileOperations(linkError: code)).publish(PublishScenario.new, to: scenario.output)
        #expect(Self.unchanged.map { identity(scenario.output + "/" + $0)?.modified } == before)
        #expect(FolderSnapshot.of(scenario.output) == scenario.newSite)
        #expect(scenario.besideOutput == scenario.clean)
    }

    @Test func withNothingChangedNothingIsWrittenAndTheFolderIsNotSwitched() throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        let folder = identity(scenario.output)
        let recorder = FaultyFileOperations()
        let result = try DiskSiteWriter(operations: recorder).publish(PublishScenario.old, to: scenario.output)
        #expect(result == PublishResult(written: [], unchanged: PublishScenario.old.count, removed: []))
        #expect(recorder.calls.map(\.name) == ["open-lock"])
        #expect(identity(scenario.output) == folder)
        #expect(FolderSnapshot.of(scenario.output) == scenario.oldSite)
    }

    @Test func theOutputFolderKeepsItsPermissions() throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        #expect(chmod(scenario.output, 0o2775) == 0)
        try DiskSiteWriter().publish(PublishScenario.new, to: scenario.output)
        #expect(DiskSiteWriter.permissions(of: scenario.output) == 0o2775)
    }
}
