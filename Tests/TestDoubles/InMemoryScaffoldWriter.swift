import SamverkanSite
import Synchronization

/// Keeps created files in memory; the files given at the start count as existing. For tests.
public final class InMemoryScaffoldWriter: ScaffoldWriter {
    private let state: Mutex<(existing: Set<String>, created: [String: String])>

    public init(existing: InMemoryFileSystem = InMemoryFileSystem()) {
        state = Mutex((Set(existing.contents.keys), [:]))
    }

    public func create(_ text: String, at path: String) throws(ScaffoldWriteError) {
        let key = InMemoryFileSystem.normalise(path)
        let created: Bool = state.withLock { state in
            guard !state.existing.contains(key), state.created[key] == nil else { return false }
            state.created[key] = text
            return true
        }
        if !created { throw .exists }
    }

    /// The files created so far, by normalised path.
    public var created: [String: String] {
        state.withLock { $0.created }
    }
}
