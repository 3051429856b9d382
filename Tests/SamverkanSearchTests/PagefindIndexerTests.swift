import Foundation
import Testing
@testable import SamverkanSearch

/// How `PagefindIndexer` runs its program, with a shell script standing in for Pagefind so that the
/// unit tests need no Pagefind (the browser checks search the real index).
/// Serialized: each test writes a script and runs it, and a script still open for writing in a
/// process another test is starting cannot be run ("text file busy").
@Suite(.serialized) struct PagefindIndexerTests {
    /// A stand-in that answers `--version` like Pagefind and, given `--site S --output-path O`,
    /// writes into O a list of the HTML files under S (and the folder it ran in to `ran-in.txt` beside
    /// itself); `exit` makes it fail after writing to stderr.
    static func standIn(version: String = "pagefind 1.5.2", exit: Int? = nil) throws -> (folder: String, program: String) {
        let folder = try TemporaryFolder.make()
        let program = folder + "/pagefind"
        let failing = exit.map { "echo 'Error: något gick fel' >&2; echo 'i indexeringen' >&2; exit \($0)" } ?? ""
        let script = """
            #!/bin/sh
            if [ "$1" = "--version" ]; then echo "\(version)"; exit 0; fi
            \(failing)
            site="$2"; out="$4"
            pwd > "$(dirname "$0")/ran-in.txt"
            mkdir -p "$out/index"
            (cd "$site" && find . -name '*.html' | sort) > "$out/index/pages.txt"
            echo "// ui" > "$out/pagefind-ui.js"
            """
        try script.write(toFile: program, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program)
        return (folder, program)
    }

    static func document(_ path: String, _ text: String) -> SearchDocument {
        SearchDocument(path: path, shard: "2024", bytes: Array(text.utf8))
    }

    @Test func runsTheProgramOverTheDocumentsAndReturnsItsBundle() throws {
        let (folder, program) = try Self.standIn()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let indexer = try PagefindIndexer(executable: program)
        #expect(indexer.identity == "pagefind 1.5.2")
        let files = try indexer.index([Self.document("moten/2024/a/index.html", "<p>a</p>"),
                                       Self.document("moten/2024/b/index.html", "<p>b</p>")])
        #expect(files.map(\.path) == ["index/pages.txt", "pagefind-ui.js"])
        #expect(String(decoding: files[0].bytes, as: UTF8.self) == "./moten/2024/a/index.html\n./moten/2024/b/index.html\n")
    }

    @Test func aFailureNamesTheExitCodeAndWhatTheProgramSaid() throws {
        let (folder, program) = try Self.standIn(exit: 3)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let indexer = try PagefindIndexer(executable: program)
        #expect(throws: SearchIndexError(path: program, reason: "Pagefind avslutades med kod 3: Error: något gick fel / i indexeringen")) {
            try indexer.index([Self.document("om/index.html", "<p>om</p>")])
        }
        // Through the index, the error names the shard it was making.
        #expect(throws: SearchIndexError(path: program, reason: "Pagefind avslutades med kod 3: Error: något gick fel / i indexeringen", shard: "2024")) {
            try SearchIndex.make([Self.document("om/index.html", "<p>om</p>")], with: indexer)
        }
    }

    @Test func aProgramThatIsNotPagefindIsRefused() throws {
        let (folder, program) = try Self.standIn(version: "hugo v0.111")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: SearchIndexError(path: program, reason: "det är inte Pagefind (hugo v0.111)")) {
            try PagefindIndexer(executable: program)
        }
        #expect(throws: SearchIndexError(path: folder + "/saknas", reason: "Pagefind finns inte där eller är inget program som kan köras")) {
            try PagefindIndexer(executable: folder + "/saknas")
        }
    }

    @Test func leavesNoTemporaryFolderBehind() throws {
        let (folder, program) = try Self.standIn()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try PagefindIndexer(executable: program).index([Self.document("om/index.html", "om")])
        let work = try String(contentsOfFile: folder + "/ran-in.txt", encoding: .utf8).trimmingCharacters(in: .newlines)
        #expect(work.contains("samverkan-sok-"))
        #expect(!FileManager.default.fileExists(atPath: work))
    }
}
