import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// Writes the site to disk incrementally, all or nothing, one build at a time.
///
/// The new site is built as a fresh folder beside the output folder (a generation, on the same
/// file system) and swapped in with one atomic `renameat2(RENAME_EXCHANGE)`: whenever the build
/// stops, even killed, the output folder holds either the whole old site or the whole new one.
/// Files whose bytes did not change are hard links to the live ones, so they keep their inode and
/// mtime (`rsync` and browsers see no change); with nothing changed nothing is written at all.
/// An exclusive `flock` on a lock file beside the output folder makes a second build wait.
/// `stage` does the same file by file (`DiskSiteStaging`), so the pages need not all be in memory at
/// once; `publish` is a staging given every file at once.
/// See `OutputLocation` for the names used beside the output folder.
public struct DiskSiteWriter: SiteWriter {
    /// Marks a folder as written by samverkan, so a build never changes a folder of other files.
    public static let markerName = ".samverkan"
    static let markerText = "Den här mappen skrivs av samverkan. Filer som inte hör till webbplatsen tas bort vid nästa bygge.\n"
    /// Staging folders inside the output folder, from versions that staged there; removed when found.
    static let legacyStagingPrefix = ".samverkan-"
    /// How long a build waits for another one writing the same output folder.
    public static let defaultLockTimeout: Duration = .seconds(120)

    let operations: any FileOperations
    let lockTimeout: Duration

    public init() {
        self.init(operations: SystemFileOperations())
    }

    init(operations: any FileOperations, lockTimeout: Duration = defaultLockTimeout) {
        self.operations = operations
        self.lockTimeout = lockTimeout
    }

    @discardableResult
    public func publish(_ files: [OutputFile], to directory: String) throws(OutputError) -> PublishResult {
        let files = try Self.checked(files)
        let staging = try DiskSiteStaging.start(self, directory: directory)
        let outcomes = files.parallelMap { file -> (written: Bool, error: OutputError?) in
            do throws(OutputError) {
                return (try staging.add(file), nil)
            } catch {
                return (false, error)
            }
        }
        if let failure = outcomes.lazy.compactMap(\.error).first {
            staging.abandon()
            throw failure
        }
        var result = try staging.finish(adding: [])
        result.written = zip(files, outcomes).filter(\.1.written).map(\.0.path)  // in the order given
        return result
    }

    /// Starts a publish to `directory` that takes the files one by one: a `DiskSiteStaging`.
    public func stage(to directory: String) throws(OutputError) -> any SiteStaging {
        try DiskSiteStaging.start(self, directory: directory)
    }

    /// Takes the lock and clears up after a build that was killed: puts back an output folder that
    /// was moved aside, and removes unfinished and old generations. For tests; `publish` does this.
    func recover(_ directory: String) throws(OutputError) {
        let location = try OutputLocation.resolve(directory)
        let lock = try OutputLock.acquire(location, operations: operations, timeout: lockTimeout)
        defer { lock.release() }
        try recoverHoldingLock(location)
    }

    /// Creates nothing; refuses a file in place of the folder and a folder of files samverkan did not write.
    static func checkOutputFolder(_ location: OutputLocation) throws(OutputError) {
        guard let type = fileType(location.output) else { return }
        guard type == S_IFDIR else { throw OutputError(path: location.given, reason: "det finns en fil med det namnet") }
        guard let names = try? FileManager().contentsOfDirectory(atPath: location.output) else {
            throw OutputError(path: location.given, reason: "mappen kan inte läsas")
        }
        let existing = names.filter { !$0.hasPrefix(legacyStagingPrefix) }
        if !existing.isEmpty, !existing.contains(markerName) {
            throw OutputError(path: location.given, reason: "mappen innehåller filer som inte kommer från samverkan")
                .withHint("töm mappen eller välj en annan mapp för webbplatsen")
        }
    }

    /// Refuses paths that would leave the output folder or replace the marker; of two files with one
    /// path, the later one wins.
    static func checked(_ files: [OutputFile]) throws(OutputError) -> [OutputFile] {
        var index: [String: Int] = [:]
        var result: [OutputFile] = []
        for file in files {
            try checkedPath(file.path)
            if let existing = index[file.path] {
                result[existing] = file
            } else {
                index[file.path] = result.count
                result.append(file)
            }
        }
        return result
    }

    /// Refuses a path that would leave the output folder or replace the marker.
    static func checkedPath(_ path: String) throws(OutputError) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }), parts.first.map(String.init) != markerName,
              !path.contains("\0") else {
            throw OutputError(path: path, reason: "ogiltig sökväg för en fil i webbplatsen")
        }
    }

    /// Runs one operation and turns its failure into an `OutputError` about `path`.
    func attempt(_ path: String, _ operation: () throws(SystemCallError) -> Void) throws(OutputError) {
        do throws(SystemCallError) {
            try operation()
        } catch {
            throw OutputError(path: path, reason: error.description)
        }
    }
}

extension OutputError {
    func withHint(_ hint: String) -> OutputError {
        OutputError(path: path, reason: reason + " — " + hint)
    }
}
