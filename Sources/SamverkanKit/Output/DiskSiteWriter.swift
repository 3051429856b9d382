import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the site to disk without ever leaving a half-written site: every file goes into a staging
/// folder inside the output folder first; only when all are written does the new site replace the old
/// one, by renames. A failure leaves the output folder as it was. Nothing outside it is touched.
public struct DiskSiteWriter: SiteWriter {
    /// Marks a folder as written by samverkan, so a build never replaces a folder of other files.
    public static let markerName = ".samverkan"
    static let markerText = "Den här mappen skapas av samverkan och ersätts helt vid varje bygge.\n"

    public init() {}

    public func publish(_ files: [OutputFile], to directory: String) throws(OutputError) {
        let manager = FileManager()
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: directory, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw OutputError(path: directory, reason: "det finns en fil med det namnet") }
            let existing = ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".samverkan-") }
            if !existing.isEmpty, !existing.contains(Self.markerName) {
                throw OutputError(path: directory, reason: "mappen innehåller filer som inte kommer från samverkan",
                                  ).withHint("töm mappen eller välj en annan med --output")
            }
        } else {
            do {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: false)
            } catch {
                throw OutputError(path: directory, reason: "mappen kan inte skapas (finns mappen ovanför?)")
            }
        }

        let token = "\(getpid())"
        let staging = directory + "/.samverkan-staging-" + token
        let previous = directory + "/.samverkan-previous-" + token
        try? manager.removeItem(atPath: staging)
        do {
            try write(files + [OutputFile(path: Self.markerName, text: Self.markerText)], into: staging)
        } catch {
            try? manager.removeItem(atPath: staging)
            throw error
        }

        // Swap: old entries aside, new entries in, old entries gone.
        do {
            try manager.createDirectory(atPath: previous, withIntermediateDirectories: false)
            let oldEntries = try manager.contentsOfDirectory(atPath: directory)
                .filter { !$0.hasPrefix(".samverkan-staging-") && !$0.hasPrefix(".samverkan-previous-") }
            for entry in oldEntries {
                try manager.moveItem(atPath: directory + "/" + entry, toPath: previous + "/" + entry)
            }
            for entry in try manager.contentsOfDirectory(atPath: staging) {
                try manager.moveItem(atPath: staging + "/" + entry, toPath: directory + "/" + entry)
            }
        } catch {
            // Put the old site back as it was.
            for entry in (try? manager.contentsOfDirectory(atPath: directory)) ?? []
            where !entry.hasPrefix(".samverkan-staging-") && !entry.hasPrefix(".samverkan-previous-") {
                try? manager.removeItem(atPath: directory + "/" + entry)
            }
            for entry in (try? manager.contentsOfDirectory(atPath: previous)) ?? [] {
                try? manager.moveItem(atPath: previous + "/" + entry, toPath: directory + "/" + entry)
            }
            try? manager.removeItem(atPath: staging)
            try? manager.removeItem(atPath: previous)
            throw OutputError(path: directory, reason: "den nya webbplatsen kunde inte flyttas på plats: \(error.localizedDescription)")
        }
        try? manager.removeItem(atPath: staging)
        try? manager.removeItem(atPath: previous)
    }

    /// Writes every file under `folder`, creating folders as needed, in parallel.
    private func write(_ files: [OutputFile], into folder: String) throws(OutputError) {
        let folders = Set(files.flatMap { file -> [String] in
            let parts = file.path.split(separator: "/").dropLast()
            return parts.indices.map { parts[...$0].joined(separator: "/") }
        }).sorted()
        if mkdir(folder, 0o755) != 0 { throw OutputError(path: folder, reason: String(cString: strerror(errno))) }
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
