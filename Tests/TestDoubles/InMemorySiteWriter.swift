import Synchronization
import SamverkanLoading
import SamverkanModel
import SamverkanSite

/// Keeps the published site in memory, and counts what each publish changed: for tests.
public final class InMemorySiteWriter: SiteWriter {
    private let published = Mutex<[String: [String: [UInt8]]]>([:])

    public init() {}

    @discardableResult
    public func replace(_ file: OutputFile, in directory: String) throws(OutputError) {
        try published.withLock { sites throws(OutputError) in
            guard sites[directory]?[file.path] != nil else {
                throw OutputError(path: directory + "/" + file.path, reason: "sidan finns inte på webbplatsen ännu")
            }
            sites[directory]?[file.path] = file.bytes
        }
    }

    public func publish(_ files: [OutputFile], to directory: String) throws(OutputError) -> PublishResult {
        published.withLock { sites in
            let old = sites[directory] ?? [:]
            var site: [String: [UInt8]] = [:]
            var result = PublishResult()
            for file in files {
                site[file.path] = file.bytes
                if old[file.path] == file.bytes { result.unchanged += 1 } else { result.written.append(file.path) }
            }
            result.removed = old.keys.filter { site[$0] == nil }.sorted()
            sites[directory] = site
            return result
        }
    }

    /// The files last published to `directory`, by path.
    public func site(at directory: String) -> [String: [UInt8]]? {
        published.withLock { $0[directory] }
    }
}
