import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanModel

/// The git reader on real repositories made in a temporary folder, with fixed commit dates.
@Suite struct GitSourceHistoryReaderTests {
    /// Runs git in `folder` with a fixed identity and, when given, fixed author and committer dates.
    @discardableResult
    static func git(_ arguments: [String], in folder: String, at time: Int? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.se", "-c", "init.defaultBranch=main",
                             "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        if let time {
            environment["GIT_AUTHOR_DATE"] = "@\(time) +0000"
            environment["GIT_COMMITTER_DATE"] = "@\(time) +0000"
        }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw GitFailed(arguments: arguments, output: text) }
        return text
    }

    struct GitFailed: Error {
        var arguments: [String]
        var output: String
    }

    static func write(_ text: String, to path: String, in folder: String) throws {
        let url = URL(fileURLWithPath: folder + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// A repository whose content folder is `content/`, beside a README:
    /// 1 700 000 000: the meeting `möte å.md` and `bodies/sro.md` (and the README);
    /// 1 700 100 000: the meeting changed; 1 700 150 000: an empty commit;
    /// 1 700 200 000 on a branch: a topic, merged at 1 700 300 000;
    /// 1 700 400 000: `pages/gammal.md` renamed to `pages/ny.md`; plus a file never committed.
    static func repository() throws -> String {
        let root = try TemporaryFolder.make("samverkan-git")
        try git(["init", "-q"], in: root)
        try write("# Om\n", to: "content/pages/gammal.md", in: root)
        try write("a\n", to: "content/meetings/2024/möte å.md", in: root)
        try write("SRO\n", to: "content/bodies/sro.md", in: root)
        try write("läs mig\n", to: "README", in: root)
        try git(["add", "-A"], in: root)
        try git(["commit", "-q", "-m", "ett"], in: root, at: 1_700_000_000)
        try write("a\nb\n", to: "content/meetings/2024/möte å.md", in: root)
        try git(["commit", "-q", "-a", "-m", "två"], in: root, at: 1_700_100_000)
        try git(["commit", "-q", "--allow-empty", "-m", "tom"], in: root, at: 1_700_150_000)
        try git(["checkout", "-q", "-b", "sidogren"], in: root)
        try write("Ämne\n", to: "content/topics/avtal.md", in: root)
        try git(["add", "-A"], in: root)
        try git(["commit", "-q", "-m", "ämne"], in: root, at: 1_700_200_000)
        try git(["checkout", "-q", "main"], in: root)
        try git(["merge", "-q", "--no-ff", "sidogren", "-m", "sammanslagning"], in: root, at: 1_700_300_000)
        try git(["mv", "content/pages/gammal.md", "content/pages/ny.md"], in: root)
        try git(["commit", "-q", "-m", "byt namn"], in: root, at: 1_700_400_000)
        try write("aldrig incheckad\n", to: "content/meetings/2024/ny.md", in: root)
        return root
    }

    @Test func theHistoryOfEachFileIsItsFirstAndLastCommitOnTheBranch() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (history, diagnostics) = GitSourceHistoryReader().history(ofContentAt: root + "/content")
        #expect(diagnostics == [])
        #expect(history.files == [
            "meetings/2024/möte å.md": SourceHistory.Commits(first: 1_700_000_000, last: 1_700_100_000),
            "bodies/sro.md": SourceHistory.Commits(first: 1_700_000_000, last: 1_700_000_000),
            // Published when the merge brought it to the branch, not when it was committed on the side.
            "topics/avtal.md": SourceHistory.Commits(first: 1_700_300_000, last: 1_700_300_000),
            // A rename starts a new history; the old name is still in the log (never looked up).
            "pages/gammal.md": SourceHistory.Commits(first: 1_700_000_000, last: 1_700_400_000),
            "pages/ny.md": SourceHistory.Commits(first: 1_700_400_000, last: 1_700_400_000),
        ])
    }

    @Test func aShallowCloneGivesNoHistoryAndOneWarning() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.git(["clone", "-q", "--depth", "1", "file://" + root, root + "/klon"], in: root)
        let (history, diagnostics) = GitSourceHistoryReader().history(ofContentAt: root + "/klon/content")
        #expect(history.isEmpty)
        #expect(diagnostics.map(\.description) == [
            root + "/klon/content: warning: historiken visas inte: innehållet är en grund klon (shallow clone), så git vet inte när sidorna publicerades"
                + " — hämta hela historiken, t.ex. `fetch-depth: 0` i GitHub Actions eller `GIT_DEPTH: 0` i GitLab CI",
        ])
    }

    @Test func aFolderOutsideAnyRepositoryGivesNoHistoryAndNoWarning() throws {
        let folder = try TemporaryFolder.make("samverkan-no-git")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.write("SRO\n", to: "bodies/sro.md", in: folder)
        let (history, diagnostics) = GitSourceHistoryReader().history(ofContentAt: folder)
        #expect(history.isEmpty)
        #expect(diagnostics == [])
    }

    @Test func withoutGitThereIsNoHistoryAndNoWarning() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (history, diagnostics) = GitSourceHistoryReader(environment: ["PATH": "/nonexistent:bin"]).history(ofContentAt: root + "/content")
        #expect(history.isEmpty)
        #expect(diagnostics == [])
    }

    @Test func aRepositoryWithoutCommitsGivesNoHistoryAndNoWarning() throws {
        let root = try TemporaryFolder.make("samverkan-git-empty")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.git(["init", "-q"], in: root)
        try Self.write("SRO\n", to: "content/bodies/sro.md", in: root)
        let (history, diagnostics) = GitSourceHistoryReader().history(ofContentAt: root + "/content")
        #expect(history.isEmpty)
        #expect(diagnostics == [])
    }

    @Test func gitFailingOtherwiseIsOneWarningWithWhatGitSaid() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // A broken repository: its commits are gone, so git log fails where rev-parse did not.
        for object in try FileManager.default.contentsOfDirectory(atPath: root + "/.git/objects") {
            try FileManager.default.removeItem(atPath: root + "/.git/objects/" + object)
        }
        let (history, diagnostics) = GitSourceHistoryReader().history(ofContentAt: root + "/content")
        #expect(history.isEmpty)
        #expect(diagnostics.map(\.description) == [
            root + "/content: warning: historiken visas inte: git svarade \"fatal: bad object HEAD\""
                + " — sidorna byggs utan datum för publicering och ändring; kör git log i innehållsmappen för att se hela felet",
        ])
    }

    @Test func aGitThatHangsIsStoppedAtTheDeadline() throws {
        let folder = try TemporaryFolder.make("samverkan-slow-git")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "#!/bin/sh\nexec /bin/sleep 30\n".write(toFile: folder + "/git", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/git")
        let started = ContinuousClock.now
        let reader = GitSourceHistoryReader(environment: ["PATH": folder], timeout: .seconds(1))
        let (history, diagnostics) = reader.history(ofContentAt: folder)
        #expect(history.isEmpty)
        #expect(diagnostics.map(\.description) == [
            folder + ": warning: historiken visas inte: git svarade inte inom 1 s"
                + " — sidorna byggs utan datum för publicering och ändring; kör git log i innehållsmappen för att se hela felet",
        ])
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test func firstLineOfWhatGitSaysLosesControlCharacters() {
        #expect(GitSourceHistoryReader.firstLine(Array("\nfatal: \u{1B}[31mdubious\u{7} ownership\tin '/x'\nhint: more\n".utf8))
            == "fatal: [31mdubious ownership in '/x'")
    }

    /// A gpg.program that leaves a marker file each time it runs and answers like a good signature.
    static func markingGPG(in folder: String) throws -> (program: String, marker: String) {
        let program = folder + "/merkaren.sh", marker = folder + "/gpg-korde"
        try "#!/bin/sh\ncat >/dev/null\necho ran >> '\(marker)'\necho '[GNUPG:] GOODSIG 0 Test'\nexit 0\n"
            .write(toFile: program, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program)
        return (program, marker)
    }

    /// Puts a commit with a (made-up) signature on top of the branch, as `git commit -S` would; it
    /// changes `bodies/sro.md`, so that the log over the content folder shows it.
    static func addSignedCommit(in root: String, at time: Int) throws {
        try write("SRO\nsignerad\n", to: "content/bodies/sro.md", in: root)
        try git(["add", "content/bodies/sro.md"], in: root)
        let tree = try git(["write-tree"], in: root).trimmingCharacters(in: .whitespacesAndNewlines)
        let parent = try git(["rev-parse", "HEAD"], in: root).trimmingCharacters(in: .whitespacesAndNewlines)
        let object = "tree \(tree)\nparent \(parent)\nauthor Test <test@example.se> \(time) +0000\n"
            + "committer Test <test@example.se> \(time) +0000\n"
            + "gpgsig -----BEGIN PGP SIGNATURE-----\n \n AAAA\n -----END PGP SIGNATURE-----\n\nsignerad\n"
        let file = root + "/.git/signerad-commit"
        try object.write(toFile: file, atomically: true, encoding: .utf8)
        let commit = try git(["hash-object", "-t", "commit", "-w", file], in: root).trimmingCharacters(in: .whitespacesAndNewlines)
        try git(["update-ref", "HEAD", commit], in: root)
    }

    @Test func gitRunsNoProgramNamedInTheContentRepositorysConfiguration() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.write("a\nb\nc\n", to: "content/meetings/2024/möte å.md", in: root)
        try Self.git(["commit", "-q", "-a", "-m", "tre"], in: root, at: 1_700_500_000)
        try Self.addSignedCommit(in: root, at: 1_700_600_000)
        let gpg = try Self.markingGPG(in: root)
        for setting in ["log.showSignature=true", "gpg.program=\(gpg.program)", "core.pager=\(gpg.program)",
                        "diff.external=\(gpg.program)", "core.fsmonitor=\(gpg.program)", "log.diffMerges=separate",
                        "log.follow=true", "log.decorate=full", "protocol.allow=always"] {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            try Self.git(["config", parts[0], parts[1]], in: root)
        }
        let (history, diagnostics) = GitSourceHistoryReader().history(ofContentAt: root + "/content")
        #expect(!FileManager.default.fileExists(atPath: gpg.marker), "git ran the gpg.program of the repository's configuration")
        #expect(diagnostics == [])
        #expect(history.files["meetings/2024/möte å.md"] == SourceHistory.Commits(first: 1_700_000_000, last: 1_700_500_000))
        #expect(history.files["topics/avtal.md"] == SourceHistory.Commits(first: 1_700_300_000, last: 1_700_300_000))
        #expect(history.files["bodies/sro.md"] == SourceHistory.Commits(first: 1_700_000_000, last: 1_700_600_000))
    }

    @Test func aUsersOwnGitSettingsChangeNeitherTheHistoryNorRunAnything() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Self.addSignedCommit(in: root, at: 1_700_600_000)
        let plain = GitSourceHistoryReader(environment: ["PATH": "/usr/bin:/bin", "HOME": root + "/tomt-hem"])
            .history(ofContentAt: root + "/content")
        #expect(plain.0.files["bodies/sro.md"] == SourceHistory.Commits(first: 1_700_000_000, last: 1_700_600_000))
        let home = root + "/hem"
        let gpg = try Self.markingGPG(in: root)
        try Self.write("[log]\n\tshowSignature = true\n\tdiffMerges = combined\n\tfollow = true\n[gpg]\n\tprogram = \(gpg.program)\n"
                       + "[diff]\n\trenames = copies\n\texternal = \(gpg.program)\n[core]\n\tpager = \(gpg.program)\n",
                       to: ".gitconfig", in: home)
        let (history, diagnostics) = GitSourceHistoryReader(environment: ["PATH": "/usr/bin:/bin", "HOME": home])
            .history(ofContentAt: root + "/content")
        #expect(!FileManager.default.fileExists(atPath: gpg.marker), "git ran the gpg.program of the user's configuration")
        #expect(diagnostics == [])
        #expect(plain.0.files == history.files)
    }
}
