import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the site to disk incrementally and safely.
///
/// A file whose bytes are already on disk is not touched (same mtime, so `rsync` and browsers see no
/// change). New and changed files are all written into a staging folder inside the output folder
/// first; only when every one is written are they renamed into place, and files that are no longer
/// part of the site removed. A failure while writing leaves the output folder as it was. Nothing
/// outside the output folder is touched.
public struct DiskSiteWriter: SiteWriter {
    /// Marks a folder as written by samverkan, so a build never changes a folder of other files.
    public static let markerName = ".samverkan"
    static let markerText = "Den här mappen skrivs av samverkan. Filer som inte hör till webbplatsen tas bort vid nästa bygge.\n"
    static let stagingPrefix = ".samverkan-"
    /// Top-level folders another tool writes after the build (Pagefind's search index): kept as they are.
    public static let preservedFolders: Set<String> = ["pagefind"]

    public init() {}

    @discardableResult
    public func publish(_ files: [OutputFile], to directory: String) throws(OutputError) -> PublishResult {
        try prepare(directory)
        let existing = Self.siteFiles(in: directory)
        let changed = files.parallelMap { file in !Self.hasBytes(file.bytes, at: directory + "/" + file.path) }
        let toWrite = zip(files, changed).filter(\.1).map(\.0)
        let wanted = Set(files.map(\.path))
        let toRemove = existing.filter { !wanted.contains($0) }.sorted()

        let staging = directory + "/" + Self.stagingPrefix + "staging-\(getpid())"
        let manager = FileManager()
        try? manager.removeItem(atPath: staging)
        if !toWrite.isEmpty {
            do {
                try write(toWrite, into: staging)
            } catch {
                try? manager.removeItem(atPath: staging)
                throw error
            }
        }
        for file in toWrite {
            let target = directory + "/" + file.path
            do {
                try Self.makeParentFolders(of: file.path, in: directory)
                if Self.isFolder(target) { try manager.removeItem(atPath: target) }
            } catch {
                try? manager.removeItem(atPath: staging)
                throw OutputError(path: target, reason: "mappen kan inte skapas: \(error.localizedDescription) — bygg igen")
            }
            if rename(staging + "/" + file.path, target) != 0 {
                let reason = String(cString: strerror(errno))
                try? manager.removeItem(atPath: staging)
                throw OutputError(path: target, reason: "\(reason) — bygg igen")
            }
        }
        try? manager.removeItem(atPath: staging)
        for path in toRemove { unlink(directory + "/" + path) }
        Self.removeEmptyFolders(containing: toRemove, in: directory)
        if !FileManager().fileExists(atPath: directory + "/" + Self.markerName) {
            try write([OutputFile(path: Self.markerName, text: Self.markerText)], into: directory, folderExists: true)
        }
        return PublishResult(written: toWrite.map(\.path), unchanged: files.count - toWrite.count, removed: toRemove)
    }

    /// Creates the output folder, or checks that an existing one is samverkan's (or empty).
    private func prepare(_ directory: String) throws(OutputError) {
        let manager = FileManager()
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: directory, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw OutputError(path: directory, reason: "det finns en fil med det namnet") }
            let existing = ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(Self.stagingPrefix) }
            if !existing.isEmpty, !existing.contains(Self.markerName) {
                throw OutputError(path: directory, reason: "mappen innehåller filer som inte kommer från samverkan")
                    .withHint("töm mappen eller välj en annan med --output")
            }
            // Left behind by a run that was killed mid-write.
            for entry in existing where entry.hasPrefix(Self.stagingPrefix) {
                try? manager.removeItem(atPath: directory + "/" + entry)
            }
        } else {
            do {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: false)
            } catch {
                throw OutputError(path: directory, reason: "mappen kan inte skapas (finns mappen ovanför?)")
            }
        }
    }

    /// Every file of the current site, as paths under `directory`, leaving out samverkan's own files.
    static func siteFiles(in directory: String) -> [String] {
        var result: [String] = []
        var folders = [""]
        while let folder = folders.popLast() {
            guard let stream = opendir(folder.isEmpty ? directory : directory + "/" + folder) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
                }
                if name == "." || name == ".." { continue }
                if folder.isEmpty, name.hasPrefix(markerName) || preservedFolders.contains(name) { continue }
                let path = folder.isEmpty ? name : folder + "/" + name
                if isFolder(directory + "/" + path) { folders.append(path) } else { result.append(path) }
            }
        }
        return result
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// True when `path` is a regular file holding exactly `bytes`.
    static func hasBytes(_ bytes: [UInt8], at path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var existing = [UInt8](repeating: 0, count: bytes.count + 1)
        var filled = 0
        let complete = existing.withUnsafeMutableBytes { buffer -> Bool in
            while filled < buffer.count {
                let result = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                if result < 0 { return false }
                if result == 0 { break }
                filled += result
            }
            return true
        }
        return complete && filled == bytes.count && existing.prefix(filled).elementsEqual(bytes)
    }

    /// Creates the folders above `path`, replacing a file of the old site that is in the way.
    static func makeParentFolders(of path: String, in directory: String) throws {
        var current = directory
        for part in path.split(separator: "/").dropLast() {
            current += "/" + part
            if isFolder(current) { continue }
            if FileManager().fileExists(atPath: current) { try FileManager().removeItem(atPath: current) }
            try FileManager().createDirectory(atPath: current, withIntermediateDirectories: false)
        }
    }

    /// Removes the folders that removing files left empty, deepest first.
    static func removeEmptyFolders(containing removed: [String], in directory: String) {
        var folders = Set<String>()
        for path in removed {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            rmdir(directory + "/" + folder)  // fails, as it should, when the folder is not empty
        }
    }

    /// Writes every file under `folder`, creating folders as needed, in parallel.
    private func write(_ files: [OutputFile], into folder: String, folderExists: Bool = false) throws(OutputError) {
        let folders = Set(files.flatMap { file -> [String] in
            let parts = file.path.split(separator: "/").dropLast()
            return parts.indices.map { parts[...$0].joined(separator: "/") }
        }).sorted()
        if !folderExists, mkdir(folder, 0o755) != 0 { throw OutputError(path: folder, reason: String(cString: strerror(errno))) }
        for sub in folders where mkdir(folder + "/" + sub, 0o755) != 0 && errno != EEXIST {
            throw OutputError(path: folder + "/" + sub, reason: String(cString: strerror(errno)))
        }
        let failures = files.parallelMap { file -> OutputError? in
            let path = folder + "/" + file.path
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { return OutputError(path: path, reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            var written = 0
            let ok = file.bytes.withUnsafeBytes { buffer -> Bool in
                while written < buffer.count {
                    let result = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                    if result <= 0 { return false }
                    written += result
                }
                return true
            }
            return ok ? nil : OutputError(path: path, reason: String(cString: strerror(errno)))
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }
}

extension OutputError {
    func withHint(_ hint: String) -> OutputError {
        OutputError(path: path, reason: reason + " — " + hint)
    }
}
