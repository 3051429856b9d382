import Foundation
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Runs `samverkan new` in memory on a content folder and adds what it created to the files.
enum ScaffoldRun {
    static func meeting(_ request: MeetingScaffold.Request, in files: inout InMemoryFileSystem) -> ScaffoldResult {
        let writer = InMemoryScaffoldWriter(existing: files)
        let result = Scaffolder(fileSystem: files, writer: writer).newMeeting(request, contentDirectory: "content")
        for (path, text) in writer.created { files.write(text, to: path) }
        return result
    }

    static func body(_ request: BodyScaffold.Request, in files: inout InMemoryFileSystem) -> ScaffoldResult {
        let writer = InMemoryScaffoldWriter(existing: files)
        let result = Scaffolder(fileSystem: files, writer: writer).newBody(request, contentDirectory: "content")
        for (path, text) in writer.created { files.write(text, to: path) }
        return result
    }

    /// The printed diagnostics of a run.
    static func lines(_ result: ScaffoldResult) -> [String] {
        result.diagnostics.sorted.map(\.description)
    }

    /// What `samverkan check` says about `files` that it did not say about `before`.
    static func newDiagnostics(_ files: InMemoryFileSystem, comparedWith before: InMemoryFileSystem,
                               today: CalendarDate = Fixture.today) -> [String] {
        let (_, old) = Fixture.check(before, today: today)
        let (_, new) = Fixture.check(files, today: today)
        return new.filter { !old.contains($0) }
    }

    static func text(_ files: InMemoryFileSystem, _ path: String) -> String? {
        files.contents[path].map { String(decoding: $0, as: UTF8.self) }
    }

    /// The content folder as the generator reads it.
    static func load(_ files: InMemoryFileSystem) -> SiteContent? {
        ContentLoader(fileSystem: files).load(contentDirectory: "content").0
    }
}
