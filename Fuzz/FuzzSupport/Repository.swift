import SamverkanLoading
import SamverkanMarkdown
import SamverkanModel
import SamverkanSite
import SamverkanTestDoubles


/// The repository the fuzz targets were built from: its real content and templates as seeds and setting.
public enum Repository {
    /// `Fuzz/FuzzSupport/Repository.swift` → the repository's root folder.
    public static let root: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    /// Copies every file under `folder` (relative to the root) into `files` under `prefix`.
    public static func copy(_ folder: String, as prefix: String, into files: inout InMemoryFileSystem) {
        let disk = DiskFileSystem()
        let source = root + "/" + folder
        for path in (try? disk.files(under: source))?.files ?? [] {
            files.contents["\(prefix)/\(path)"] = try? disk.readFile(at: source + "/" + path)
        }
    }
}
