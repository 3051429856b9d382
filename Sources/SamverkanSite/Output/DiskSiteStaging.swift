import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// `DiskSiteWriter`'s publish, file by file: each added file goes straight into the new generation
/// beside the output folder (a hard link to the live file when its bytes are the same, else
/// written), and `finish` writes the marker and swaps the generation in, as `publish` does. Only the
/// paths are remembered, never the bytes.
///
/// The lock on the output folder is taken when the staging is made and held until `finish` or
/// `abandon`. The generation folder itself is made at the first file that has to be written: until
/// then unchanged files are only noted, so a build that changes nothing touches nothing on disk.
/// After any error the staging only fails: `finish` throws the first error and removes the
/// generation, so a site missing a file is never put in place. `finish` and `abandon` are for after
/// every `add` and `carry` has returned.
final class DiskSiteStaging: SiteStaging {
    /// Why a staging that has been finished or abandoned takes no more files.
    static let closedReason = "publiceringen är redan avslutad"

    private struct State {
        /// Whether the generation folder exists; made at the first file written.
        var generationMade = false
        /// Unchanged files noted before the generation was made, linked when it is.
        var notedUnchanged: Set<String> = []
        /// The first error, thrown again by every later call.
        var failure: OutputError?
        /// Finished or abandoned: the lock is released.
        var closed = false
    }

    private let writer: DiskSiteWriter
    private let location: OutputLocation
    private let lock: OutputLock
    /// The live output folder, or nil when there is none yet.
    private let live: String?
    /// The hidden folder the new site is made in.
    let generation: String
    private let state = Mutex(State())
    /// Folders made in the generation, by path under it.
    private let folders = Mutex<Set<String>>([])
    /// Every path put in the new site, and how.
    private let placed = Mutex<[String: Placement]>([:])

    private enum Placement {
        /// Unchanged, to be linked when the generation is made.
        case noted
        /// Unchanged, linked to the live file (or copied).
        case linked
        /// New or changed, written.
        case written
    }

    private init(writer: DiskSiteWriter, location: OutputLocation, lock: OutputLock) {
        self.writer = writer
        self.location = location
        self.lock = lock
        live = DiskSiteWriter.isFolder(location.output) ? location.output : nil
        generation = location.freshPath(.new)
    }

    /// Checks the output folder, takes its lock (waiting for another build) and clears up after a
    /// killed one, as `publish` does before it builds.
    static func start(_ writer: DiskSiteWriter, directory: String) throws(OutputError) -> DiskSiteStaging {
        let location = try OutputLocation.resolve(directory)
        try DiskSiteWriter.checkOutputFolder(location)  // before the lock file is made, for a clear refusal
        let lock = try OutputLock.acquire(location, operations: writer.operations, timeout: writer.lockTimeout)
        do throws(OutputError) {
            try writer.recoverHoldingLock(location)
            try DiskSiteWriter.checkOutputFolder(location)
        } catch {
            lock.release()
            throw error
        }
        return DiskSiteStaging(writer: writer, location: location, lock: lock)
    }

    deinit {
        abandon()
    }

    func add(_ file: OutputFile) throws(OutputError) -> Bool {
        do throws(OutputError) {
            try checkOpen(file.path)
            try DiskSiteWriter.checkedPath(file.path)
            if let live, DiskSiteWriter.hasBytes(file.bytes, at: live + "/" + file.path) {
                try placeUnchanged(file.path, bytes: file.bytes)
                return false
            }
            try makeGeneration()
            try place(file.path, as: .written) { target throws(OutputError) in
                try writer.attempt(target) { () throws(SystemCallError) in
                    try writer.operations.createFile(target, bytes: file.bytes, modified: nil)
                }
            }
            return true
        } catch {
            throw failed(error)
        }
    }

    func carry(_ path: String, size: Int, digest: StableDigest) throws(OutputError) -> Bool {
        do throws(OutputError) {
            try checkOpen(path)
            try DiskSiteWriter.checkedPath(path)
            guard let live, size >= 0 else { return false }
            let source = live + "/" + path
            var info = stat()
            guard lstat(source, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == size,
                  let bytes = DiskSiteWriter.readBytes(at: source, limit: size == .max ? size : size + 1),
                  bytes.count == size, StableHasher.digest(of: bytes) == digest else { return false }
            try placeUnchanged(path, bytes: nil)
            return true
        } catch {
            throw failed(error)
        }
    }

    var remembersPages: Bool { true }

    func liveFile(_ path: String, limit: Int) -> [UInt8]? {
        guard let live, limit >= 0, (try? DiskSiteWriter.checkedPath(path)) != nil,
              !state.withLock({ $0.closed }) else { return nil }
        let source = live + "/" + path
        var info = stat()
        guard lstat(source, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= limit,
              let bytes = DiskSiteWriter.readBytes(at: source, limit: limit == .max ? limit : limit + 1),
              bytes.count <= limit else { return nil }
        return bytes
    }

    func finish(adding files: [OutputFile]) throws(OutputError) -> PublishResult {
        do throws(OutputError) {
            let failures = files.parallelMap { file -> OutputError? in
                do throws(OutputError) {
                    _ = try add(file)
                    return nil
                } catch {
                    return error
                }
            }
            if let failure = failures.lazy.compactMap(\.self).first { throw failure }
            try checkOpen(location.given)

            let placed = self.placed.withLock { $0 }
            let written = placed.filter { $0.value == .written }.map(\.key).sorted()
            let removed = live.map { live in DiskSiteWriter.siteFiles(in: live).filter { placed[$0] == nil }.sorted() } ?? []
            let result = PublishResult(written: written, unchanged: placed.count - written.count, removed: removed)
            if let live, written.isEmpty, removed.isEmpty, DiskSiteWriter.isRegularFile(live + "/" + DiskSiteWriter.markerName) {
                writer.removeLegacyStaging(in: live)
                abandon()
                return result
            }

            try makeGeneration()
            try writeMarker()
            guard close() else { throw OutputError(path: location.given, reason: Self.closedReason) }
            defer { lock.release() }
            // From here on the generation is `switchTo`'s: it removes it when the switch fails.
            try writer.switchTo(generation, at: location, replacing: live != nil)
            return result
        } catch {
            let failure = failed(error)
            abandon()
            throw failure
        }
    }

    func abandon() {
        guard close() else { return }
        writer.removeTree(generation)
        lock.release()
    }

    /// Marks the staging closed; true the first time only, so the lock is released once.
    private func close() -> Bool {
        state.withLock { state in
            defer { state.closed = true }
            return !state.closed
        }
    }

    /// Throws when the staging is closed or has failed.
    private func checkOpen(_ path: String) throws(OutputError) {
        try state.withLock { state throws(OutputError) in
            if state.closed { throw OutputError(path: path, reason: Self.closedReason) }
            if let failure = state.failure { throw failure }
        }
    }

    /// Remembers the first error, named as the file will be in the output folder (not in the hidden
    /// generation), and returns it: every later call fails with it.
    private func failed(_ error: OutputError) -> OutputError {
        let inside = error.path.hasPrefix(generation) ? String(error.path.dropFirst(generation.count)) : nil
        let named = inside.map { OutputError(path: location.given + $0, reason: error.reason) } ?? error
        return state.withLock { state in
            if state.failure == nil, !state.closed { state.failure = named }
            return state.failure ?? named
        }
    }

    /// Makes the generation folder, with the live folder's permissions, and links the unchanged files
    /// noted so far; nothing when it is made already. Other calls wait meanwhile.
    private func makeGeneration() throws(OutputError) {
        try state.withLock { state throws(OutputError) in
            guard !state.generationMade else { return }
            if let failure = state.failure { throw failure }
            try writer.attempt(generation) { () throws(SystemCallError) in try writer.operations.makeFolder(generation) }
            state.generationMade = true
            if let live, let mode = DiskSiteWriter.permissions(of: live) {
                try writer.attempt(generation) { () throws(SystemCallError) in try writer.operations.setPermissions(generation, mode) }
            }
            let noted = Array(state.notedUnchanged)
            state.notedUnchanged = []
            let failures = noted.parallelMap { path -> OutputError? in
                do throws(OutputError) {
                    try link(path, bytes: nil)
                    return nil
                } catch {
                    return error
                }
            }
            if let failure = failures.lazy.compactMap(\.self).first { throw failure }
        }
    }

    /// Puts the live file at `path` in the new site unchanged; before the generation is made, only
    /// notes it.
    private func placeUnchanged(_ path: String, bytes: [UInt8]?) throws(OutputError) {
        let noted = state.withLock { state in
            guard !state.generationMade else { return false }
            state.notedUnchanged.insert(path)
            return true
        }
        if noted {
            placed.withLock { $0[path] = .noted }
        } else {
            try link(path, bytes: bytes)
        }
    }

    /// A hard link to the live file (a copy where the file system has none).
    private func link(_ path: String, bytes: [UInt8]?) throws(OutputError) {
        guard let live else { return }
        try place(path, as: .linked) { target throws(OutputError) in
            try writer.carry(live + "/" + path, to: target, bytes: bytes)
        }
    }

    /// Makes the folders above `path`, removes a file added before at the same path, puts the file
    /// at its place in the generation and remembers it.
    private func place(_ path: String, as placement: Placement, _ put: (String) throws(OutputError) -> Void) throws(OutputError) {
        let target = generation + "/" + path
        try makeFolders(above: path)
        if let before = placed.withLock({ $0[path] }), before != .noted {
            try writer.attempt(target) { () throws(SystemCallError) in try writer.operations.removeFile(target) }
        }
        try put(target)
        placed.withLock { $0[path] = placement }
    }

    /// Makes each folder above `path` in the generation that is not there yet; one at a time, so
    /// that each is made once.
    private func makeFolders(above path: String) throws(OutputError) {
        let parts = path.split(separator: "/").dropLast()
        guard !parts.isEmpty else { return }
        try folders.withLock { made throws(OutputError) in
            guard !made.contains(parts.joined(separator: "/")) else { return }
            var folder = ""
            for part in parts {
                folder = folder.isEmpty ? String(part) : folder + "/" + part
                guard !made.contains(folder) else { continue }
                let full = generation + "/" + folder
                do throws(SystemCallError) {
                    try writer.operations.makeFolder(full)
                } catch where error.code == EEXIST {
                    // A file added at this path: making the file inside the folder then fails.
                } catch {
                    throw OutputError(path: full, reason: error.description)
                }
                made.insert(folder)
            }
        }
    }

    /// Writes the marker into the generation: linked to the live one when there is one.
    private func writeMarker() throws(OutputError) {
        let marker = generation + "/" + DiskSiteWriter.markerName
        if let live, DiskSiteWriter.isRegularFile(live + "/" + DiskSiteWriter.markerName) {
            try writer.carry(live + "/" + DiskSiteWriter.markerName, to: marker, bytes: nil)
        } else {
            try writer.attempt(marker) { () throws(SystemCallError) in
                try writer.operations.createFile(marker, bytes: Array(DiskSiteWriter.markerText.utf8), modified: nil)
            }
        }
    }
}
