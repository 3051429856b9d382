import Foundation
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Everything under a folder, for exact comparisons: every folder, every file with its bytes,
/// every symbolic link with its target.
struct FolderSnapshot: Equatable, CustomStringConvertible {
    enum Entry: Hashable {
        case folder
        case file([UInt8])
        case link(String)
    }

    var entries: [String: Entry]

    init(entries: [String: Entry]) {
        self.entries = entries
    }

    /// What is in `folder` now; nil when there is no such folder.
    static func of(_ folder: String) -> FolderSnapshot? {
        guard DiskSiteWriter.isFolder(folder) else { return nil }
        var entries: [String: Entry] = [:]
        var pending = [""]
        while let path = pending.popLast() {
            for name in DiskSiteWriter.entries(of: path.isEmpty ? folder : folder + "/" + path) {
                let relative = path.isEmpty ? name : path + "/" + name
                let full = folder + "/" + relative
                switch DiskSiteWriter.fileType(full) {
                case S_IFDIR: entries[relative] = .folder; pending.append(relative)
                case S_IFLNK: entries[relative] = .link(linkTarget(of: full) ?? "?")
                default: entries[relative] = .file(DiskSiteWriter.readBytes(at: full) ?? [])
                }
            }
        }
        return FolderSnapshot(entries: entries)
    }

    /// Where a symbolic link points.
    static func linkTarget(of path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0 ..< count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// What a samverkan output folder holding `files` (and nothing else) looks like.
    static func site(_ files: [OutputFile]) -> FolderSnapshot {
        var entries: [String: Entry] = [DiskSiteWriter.markerName: .file(Array(DiskSiteWriter.markerText.utf8))]
        for file in files {
            entries[file.path] = .file(file.bytes)
            var parts = file.path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                entries[parts.joined(separator: "/")] = .folder
                parts = parts.dropLast()
            }
        }
        return FolderSnapshot(entries: entries)
    }

    var description: String {
        entries.keys.sorted().map { path in
            switch entries[path] {
            case .folder: path + "/"
            case let .file(bytes): path + " = " + String(decoding: bytes.prefix(40), as: UTF8.self)
            case let .link(target): path + " -> " + target
            case nil: path
            }
        }.joined(separator: "\n")
    }
}
