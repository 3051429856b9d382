import SamverkanImport
import SamverkanSite
import SamverkanTestDoubles
import Synchronization

/// Keeps the originals an import copies in memory; the files given at the start count as existing.
final class InMemoryOriginalWriter: OriginalWriter {
    private let state: Mutex<(existing: Set<String>, created: [String: [UInt8]])>

    init(existing: InMemoryFileSystem = InMemoryFileSystem()) {
        state = Mutex((Set(existing.contents.keys), [:]))
    }

    func create(_ bytes: [UInt8], at path: String) throws(ScaffoldWriteError) {
        let key = InMemoryFileSystem.normalise(path)
        let created: Bool = state.withLock { state in
            guard !state.existing.contains(key), state.created[key] == nil else { return false }
            state.created[key] = bytes
            return true
        }
        if !created { throw .exists }
    }

    func remove(_ path: String) {
        _ = state.withLock { $0.created.removeValue(forKey: InMemoryFileSystem.normalise(path)) }
    }

    var created: [String: [UInt8]] {
        state.withLock { $0.created }
    }
}
