import Synchronization
import SamverkanModel

/// A staging that keeps the added files in memory and hands them all to `SiteWriter.publish` at
/// `finish`: the default for writers without a staging of their own. It cannot see the live site,
/// so `add` reports every file as written, `carry` puts nothing and `liveFile` finds nothing.
final class CollectingSiteStaging: SiteStaging {
    private struct Collected {
        /// Paths in the order first added.
        var order: [String] = []
        /// The last file added for each path.
        var files: [String: OutputFile] = [:]
        var closed = false
    }

    private let writer: any SiteWriter
    private let directory: String
    private let collected = Mutex(Collected())

    init(writer: any SiteWriter, directory: String) {
        self.writer = writer
        self.directory = directory
    }

    func add(_ file: OutputFile) throws(OutputError) -> Bool {
        try collected.withLock { collected throws(OutputError) in
            guard !collected.closed else { throw OutputError(path: file.path, reason: DiskSiteStaging.closedReason) }
            if collected.files.updateValue(file, forKey: file.path) == nil { collected.order.append(file.path) }
        }
        return true
    }

    func carry(_ path: String, size: Int, digest: StableDigest) throws(OutputError) -> Bool {
        false
    }

    var remembersPages: Bool { false }

    func liveFile(_ path: String, limit: Int) -> [UInt8]? {
        nil
    }

    func finish(adding files: [OutputFile]) throws(OutputError) -> PublishResult {
        for file in files { _ = try add(file) }
        let all = collected.withLock { collected in
            collected.closed = true
            defer { collected = Collected(closed: true) }
            return collected.order.compactMap { collected.files[$0] }
        }
        return try writer.publish(all, to: directory)
    }

    func abandon() {
        collected.withLock { $0 = Collected(closed: true) }
    }
}
