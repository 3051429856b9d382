import Synchronization

/// Keeps the published site in memory: for tests.
public final class InMemorySiteWriter: SiteWriter {
    private let published = Mutex<[String: [String: [UInt8]]]>([:])

    public init() {}

    public func publish(_ files: [OutputFile], to directory: String) throws(OutputError) {
        var site: [String: [UInt8]] = [:]
        for file in files { site[file.path] = file.bytes }
        published.withLock { $0[directory] = site }
    }

    /// The files last published to `directory`, by path.
    public func site(at directory: String) -> [String: [UInt8]]? {
        published.withLock { $0[directory] }
    }
}
