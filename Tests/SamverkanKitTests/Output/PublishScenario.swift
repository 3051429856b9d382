import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// A publish that changes, adds and removes files (and turns a file into a folder) over a site with
/// a search index that stays as it is, in a temporary folder of its own.
struct PublishScenario {
    enum Kind: String, CaseIterable, CustomTestStringConvertible, Sendable {
        /// Over an existing site, swapped in with renameat2(RENAME_EXCHANGE).
        case replacing
        /// Over an existing site, on a file system that cannot swap: two renames.
        case replacingWithTwoRenames
        /// Into a folder that does not exist yet.
        case first

        var exchangeError: Int32? { self == .replacingWithTwoRenames ? EINVAL : nil }
        var testDescription: String { rawValue }
    }

    static let old = [
        OutputFile(path: "index.html", text: "start, gammal"),
        OutputFile(path: "om/index.html", text: "om oss"),
        OutputFile(path: "moten/2024/a/index.html", text: "möte a"),
        OutputFile(path: "moten/2024/b/index.html", text: "möte b, gammalt"),
        OutputFile(path: "assets/style.css", text: "body{}"),
        OutputFile(path: "nyheter", text: "en fil som blir en mapp"),
    ] + searchIndex
    static let new = [
        OutputFile(path: "index.html", text: "start, ny"),
        OutputFile(path: "om/index.html", text: "om oss"),
        OutputFile(path: "moten/2024/b/index.html", text: "möte b, nytt"),
        OutputFile(path: "moten/2025/c/index.html", text: "möte c"),
        OutputFile(path: "assets/style.css", text: "body{}"),
        OutputFile(path: "nyheter/index.html", text: "nyheter"),
    ] + searchIndex
    /// The same in both sites.
    static let searchIndex = [
        OutputFile(path: "pagefind/pagefind.js", text: "// sök"),
        OutputFile(path: "pagefind/index/sv_1.pf_index", text: "index"),
    ]

    let kind: Kind
    let root: String
    var output: String { root + "/site" }
    var lockName: String { ".site.samverkan-lock" }

    /// A temporary folder; unless `kind` is `.first`, with the old site published in `site/`.
    init(_ kind: Kind) throws {
        self.kind = kind
        root = FileManager.default.temporaryDirectory.appendingPathComponent("samverkan-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        if kind != .first {
            try DiskSiteWriter().publish(Self.old, to: output)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// The output folder before the publish; nil when there was none.
    var oldSite: FolderSnapshot? {
        kind == .first ? nil : FolderSnapshot.site(Self.old)
    }

    /// The output folder after the publish.
    var newSite: FolderSnapshot {
        FolderSnapshot.site(Self.new)
    }

    /// The names in the folder that holds the output folder.
    var besideOutput: [String] {
        DiskSiteWriter.entries(of: root)
    }

    /// Beside a site with no debris left: the site and the lock file.
    var clean: [String] {
        [lockName, "site"].sorted()
    }

    /// What is beside the output folder other than the folder and its lock file.
    var debris: [String] {
        besideOutput.filter { $0 != "site" && $0 != lockName }
    }

    /// Every disk operation of publishing the new site, in the order done (files in parallel).
    static func operations(_ kind: Kind) throws -> [FaultyFileOperations.Call] {
        let scenario = try PublishScenario(kind)
        defer { scenario.remove() }
        let recorder = FaultyFileOperations(exchangeError: kind.exchangeError)
        try DiskSiteWriter(operations: recorder).publish(new, to: scenario.output)
        return recorder.calls
    }

    /// The index of the operation that puts the new site in place.
    static func switchIndex(in calls: [FaultyFileOperations.Call]) -> Int? {
        calls.last { call in
            (call.name == "exchange" && call.paths.first?.hasSuffix("/site") == true)
                || (call.name == "rename" && call.paths.last?.hasSuffix("/site") == true)
        }?.index
    }
}
