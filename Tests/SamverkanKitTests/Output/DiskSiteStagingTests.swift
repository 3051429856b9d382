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

/// A publish file by file: each file goes into the hidden generation as it is made, and the output
/// folder changes only at `finish`, in one step, or not at all.
@Suite struct DiskSiteStagingTests {
    /// Sets every file's modification time an hour back, so a rewrite would show.
    func age(_ folder: String) throws {
        let old = Date(timeIntervalSinceNow: -3600)
        for (path, entry) in FolderSnapshot.of(folder)?.entries ?? [:] where entry != .folder {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: folder + "/" + path)
        }
    }

    /// The inode and modification time (ns) of `path`, not following a link.
    func identity(_ path: String) -> [Int]? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return [Int(info.st_ino), info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec]
    }

    /// The identity of the folder and of everything in it, by path.
    func identities(_ folder: String) -> [String: [Int]] {
        var result = ["": identity(folder) ?? []]
        for path in FolderSnapshot.of(folder)?.entries.keys ?? [:].keys {
            result[path] = identity(folder + "/" + path)
        }
        return result
    }

    @Test func filesAddedOneByOneAreTheSiteAfterFinishAndNotBefore() throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        let staging = try DiskSiteWriter().stage(to: scenario.output)
        let written = try PublishScenario.new.map { file throws(OutputError) in try staging.add(file) }
        #expect(written == [true, false, true, true, false, true, false, false])
        #expect(FolderSnapshot.of(scenario.output) == scenario.oldSite)

        let result = try staging.finish(adding: [])
        #expect(result == PublishResult(written: ["index.html", "moten/2024/b/index.html", "moten/2025/c/index.html", "nyheter/index.html"],
                                        unchanged: 4, removed: ["moten/2024/a/index.html", "nyheter"]))
        #expect(FolderSnapshot.of(scenario.output) == scenario.newSite)
        #expect(scenario.besideOutput == scenario.clean)
    }

    @Test func theFirstSiteIsMadeFromFilesAddedFromManyThreads() throws {
        let scenario = try PublishScenario(.first)
        defer { scenario.remove() }
        let files = (0 ..< 300).map { OutputFile(path: "moten/\($0 % 7)/\($0 % 13)/\($0)/index.html", text: "möte \($0)") }
        let staging = try DiskSiteWriter().stage(to: scenario.output)
        let written = files.parallelMap { (try? staging.add($0)) ?? false }
        #expect(written.allSatisfy { $0 })
        #expect(try staging.carry("index.html", size: 0, digest: StableHasher.digest(of: [])) == false)
        #expect(staging.liveFile("index.html", limit: 100) == nil)

        let result = try staging.finish(adding: [OutputFile(path: "index.html", text: "start")])
        #expect(result.written.count == 301 && result.unchanged == 0 && result.removed == [])
        #expect(FolderSnapshot.of(scenario.output) == FolderSnapshot.site(files + [OutputFile(path: "index.html", text: "start")]))
        #expect(scenario.besideOutput == scenario.clean)
    }

    @Test func anUnchangedFileKeepsItsInodeAndModificationTime() throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        try age(scenario.output)
        let before = identities(scenario.output)

        let staging = try DiskSiteWriter().stage(to: scenario.output)
        #expect(try staging.add(OutputFile(path: "index.html", text: "start, ny")) == true)
        #expect(try staging.add(OutputFile(path: "om/index.html", text: "om oss")) == false)
        _ = try staging.finish(adding: [OutputFile(path: "assets/style.css", text: "body{}")])

        let after = identities(scenario.output)
        for path in ["om/index.html", "assets/style.css", ".samverkan"] {
            #expect(after[path] == before[path], "\(path)")
        }
        #expect(after["index.html"]?[1] != before["index.html"]?[1])
    }

    @Test func aCarriedFileIsKeptOnlyWithItsExactSizeAndDigest() throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        #expect(symlink("assets/style.css", scenario.output + "/stil.css") == 0)
        let before = identities(scenario.output)
        let css = StableHasher.digest(of: Array("body{}".utf8))

        let staging = try DiskSiteWriter().stage(to: scenario.output)
        #expect(try staging.carry("assets/style.css", size: 6, digest: css) == true)
        #expect(try staging.carry("om/index.html", size: 6, digest: css) == false)  // "om oss" has other bytes
        #expect(try staging.carry("pagefind/pagefind.js", size: 8, digest: StableHasher.digest(of: Array("// sök".utf8))) == false)  // 7 bytes
        #expect(try staging.carry("stil.css", size: 6, digest: css) == false)  // a link is not followed
        #expect(try staging.carry("saknas.css", size: 6, digest: css) == false)
        let result = try staging.finish(adding: [OutputFile(path: "index.html", text: "start, ny")])

        #expect(result == PublishResult(written: ["index.html"], unchanged: 1,
                                        removed: ["moten/2024/a/index.html", "moten/2024/b/index.html", "nyheter", "om/index.html",
                                                  "pagefind/index/sv_1.pf_index", "pagefind/pagefind.js", "stil.css"]))
        #expect(FolderSnapshot.of(scenario.output) == FolderSnapshot.site([OutputFile(path: "index.html", text: "start, ny"),
                                                                           OutputFile(path: "assets/style.css", text: "body{}")]))
        #expect(identities(scenario.output)["assets/style.css"] == before["assets/style.css"])
    }

    @Test func theLiveFileIsReadWhenItIsARegularFileWithinTheLimit() throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        #expect(symlink("om/index.html", scenario.output + "/om.html") == 0)
        let staging = try DiskSiteWriter().stage(to: scenario.output)
        defer { staging.abandon() }
        #expect(staging.liveFile("om/index.html", limit: 6) == Array("om oss".utf8))
        #expect(staging.liveFile("om/index.html", limit: 5) == nil)
        #expect(staging.liveFile("om.html", limit: 100) == nil)
        #expect(staging.liveFile("om", limit: 100) == nil)
        #expect(staging.liveFile("saknas.html", limit: 100) == nil)
        #expect(staging.liveFile("../site/om/index.html", limit: 100) == nil)
    }

    @Test func anAbandonedOrDroppedStagingLeavesTheFolderExactlyAsItWas() throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        let before = identities(scenario.output)
        let impatient = DiskSiteWriter(operations: SystemFileOperations(), lockTimeout: .milliseconds(200))

        let staging = try impatient.stage(to: scenario.output)
        for file in PublishScenario.new { _ = try staging.add(file) }
        #expect(scenario.debris.count == 1)  // the generation, beside the output folder
        staging.abandon()
        staging.abandon()
        #expect(throws: OutputError(path: "index.html", reason: "publiceringen är redan avslutad")) {
            try staging.add(OutputFile(path: "index.html", text: "sent"))
        }
        #expect(FolderSnapshot.of(scenario.output) == scenario.oldSite)
        #expect(identities(scenario.output) == before)
        #expect(scenario.besideOutput == scenario.clean)

        do {
            let dropped = try impatient.stage(to: scenario.output)
            for file in PublishScenario.new { _ = try dropped.add(file) }
        }
        #expect(FolderSnapshot.of(scenario.output) == scenario.oldSite)
        #expect(identities(scenario.output) == before)
        #expect(scenario.besideOutput == scenario.clean)
        // The lock was released: a publish does not wait for it.
        try impatient.publish(PublishScenario.new, to: scenario.output)
        #expect(FolderSnapshot.of(scenario.output) == scenario.newSite)
    }

    @Test func aWriteThatFailsInAddFailsTheStagingAndLeavesTheSite() throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        let before = identities(scenario.output)
        // 0 opens the lock, 1 makes the generation, 2 gives it the folder's permissions, 3 writes index.html.
        let failing = FaultyFileOperations(.once(at: 3, code: ENOSPC))
        let staging = try DiskSiteWriter(operations: failing).stage(to: scenario.output)

        let expected = OutputError(path: scenario.output + "/index.html", reason: SystemCallError(code: ENOSPC).description)
        #expect(throws: expected) { try staging.add(OutputFile(path: "index.html", text: "start, ny")) }
        #expect(failing.calls.map(\.name) == ["open-lock", "mkdir", "chmod", "create"])
        // Every later call fails with the same error, and the staging is not published.
        #expect(throws: expected) { try staging.add(OutputFile(path: "om/index.html", text: "om oss")) }
        #expect(throws: expected) { try staging.add(OutputFile(path: "assets/style.css", text: "body{color:red}")) }
        #expect(throws: expected) { try staging.finish(adding: []) }
        staging.abandon()

        #expect(FolderSnapshot.of(scenario.output) == scenario.oldSite)
        #expect(identities(scenario.output) == before)
        #expect(scenario.besideOutput == scenario.clean)
    }

    @Test func aSecondStagingWaitsForTheLock() throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        let first = try DiskSiteWriter().stage(to: scenario.output)
        let impatient = DiskSiteWriter(operations: SystemFileOperations(), lockTimeout: .milliseconds(300))
        let error = #expect(throws: OutputError.self) { try impatient.stage(to: scenario.output) }
        #expect(error?.reason.contains("ett annat bygge skriver just nu till") == true)

        _ = try first.add(OutputFile(path: "index.html", text: "först"))
        let started = ContinuousClock.now
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.4) { _ = try? first.finish(adding: []) }
        let second = try DiskSiteWriter().stage(to: scenario.output)
        #expect(ContinuousClock.now - started >= .milliseconds(350))
        #expect(second.liveFile("index.html", limit: 100) == Array("först".utf8))
        _ = try second.finish(adding: [OutputFile(path: "index.html", text: "sedan")])
        #expect(FolderSnapshot.of(scenario.output) == FolderSnapshot.site([OutputFile(path: "index.html", text: "sedan")]))
    }

    @Test func ofOnePathAddedTwiceTheLaterOneWins() throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        let before = identities(scenario.output)
        let staging = try DiskSiteWriter().stage(to: scenario.output)
        // Unchanged, then changed: noted before the generation is made, then written over.
        #expect(try staging.add(OutputFile(path: "assets/style.css", text: "body{}")) == false)
        #expect(try staging.add(OutputFile(path: "assets/style.css", text: "body{color:red}")) == true)
        // Written twice.
        #expect(try staging.add(OutputFile(path: "index.html", text: "första")) == true)
        #expect(try staging.add(OutputFile(path: "index.html", text: "andra")) == true)
        // Changed, then unchanged: the live file again.
        #expect(try staging.add(OutputFile(path: "om/index.html", text: "om oss, ändrad")) == true)
        #expect(try staging.add(OutputFile(path: "om/index.html", text: "om oss")) == false)
        let result = try staging.finish(adding: [])

        #expect(result.written == ["assets/style.css", "index.html"])
        #expect(result.unchanged == 1)
        #expect(FolderSnapshot.of(scenario.output) == FolderSnapshot.site([
            OutputFile(path: "assets/style.css", text: "body{color:red}"), OutputFile(path: "index.html", text: "andra"),
            OutputFile(path: "om/index.html", text: "om oss"),
        ]))
        #expect(identities(scenario.output)["om/index.html"] == before["om/index.html"])
    }

    @Test(arguments: ["../utanfor.html", ".samverkan", "a//b.html", "/tmp/x.html", "./index.html", "moten/../../x.html"])
    func aPathOutOfTheFolderOrOverTheMarkerIsRefused(path: String) throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        let staging = try DiskSiteWriter().stage(to: scenario.output)
        let refused = OutputError(path: path, reason: "ogiltig sökväg för en fil i webbplatsen")
        #expect(throws: refused) { try staging.add(OutputFile(path: path, text: "x")) }
        #expect(throws: refused) { try staging.carry(path, size: 1, digest: StableHasher.digest(of: Array("x".utf8))) }
        // A build that got an error does not publish a site without the file.
        #expect(throws: refused) { try staging.finish(adding: PublishScenario.new) }
        #expect(FolderSnapshot.of(scenario.output) == scenario.oldSite)
        #expect(scenario.besideOutput == scenario.clean)
        #expect(!FileManager.default.fileExists(atPath: scenario.root + "/utanfor.html"))
    }

    @Test func withNothingChangedFinishTouchesNothing() throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        let before = identities(scenario.root)
        let recorder = FaultyFileOperations()
        let staging = try DiskSiteWriter(operations: recorder).stage(to: scenario.output)
        for file in PublishScenario.old.dropFirst() { _ = try staging.add(file) }
        let start = PublishScenario.old[0]
        #expect(try staging.carry(start.path, size: start.bytes.count, digest: StableHasher.digest(of: start.bytes)) == true)
        let result = try staging.finish(adding: [])
        #expect(result == PublishResult(written: [], unchanged: PublishScenario.old.count, removed: []))
        #expect(recorder.calls.map(\.name) == ["open-lock"])
        #expect(identities(scenario.root) == before)
    }

    /// The default for writers with only `publish`: the files are collected and published at finish.
    @Test func aWriterWithOnlyPublishCollectsTheFilesAndPublishesThemAtFinish() throws {
        let writer = InMemorySiteWriter()
        let staging = try writer.stage(to: "site")
        #expect(try staging.add(OutputFile(path: "index.html", text: "första")) == true)
        #expect(try staging.add(OutputFile(path: "om/index.html", text: "om")) == true)
        #expect(try staging.add(OutputFile(path: "index.html", text: "andra")) == true)
        #expect(try staging.carry("om/index.html", size: 2, digest: StableHasher.digest(of: Array("om".utf8))) == false)
        #expect(staging.liveFile("om/index.html", limit: 100) == nil)
        #expect(writer.site(at: "site") == nil)

        let result = try staging.finish(adding: [OutputFile(path: "a.css", text: "a{}")])
        #expect(result == PublishResult(written: ["index.html", "om/index.html", "a.css"], unchanged: 0, removed: []))
        #expect(writer.site(at: "site") == ["index.html": Array("andra".utf8), "om/index.html": Array("om".utf8), "a.css": Array("a{}".utf8)])

        let abandoned = try writer.stage(to: "site")
        _ = try abandoned.add(OutputFile(path: "ny.html", text: "ny"))
        abandoned.abandon()
        #expect(writer.site(at: "site")?["ny.html"] == nil)
    }
}
