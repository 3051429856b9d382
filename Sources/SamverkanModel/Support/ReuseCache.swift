import Synchronization

/// Values one build can hand the next in the same process (`samverkan serve`), keyed by *all* of
/// their inputs and compared for equality (never by a file date or a hash), so a stale entry can
/// never be returned. Entries a build did not ask for are dropped when it finishes.
public final class ReuseCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// A key with its hash worked out once, outside the lock.
    private struct Hashed: Hashable, Sendable {
        let key: Key
        let hash: Int

        init(_ key: Key) {
            self.key = key
            hash = key.hashValue
        }

        static func == (lhs: Hashed, rhs: Hashed) -> Bool { lhs.hash == rhs.hash && lhs.key == rhs.key }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    private struct State: Sendable {
        var values: [Hashed: Value] = [:]
        var used = Set<Hashed>()
    }

    private let state = Mutex(State())

    public init() {}

    /// The value for `key`: the one made before, or `make(key)`, kept for the next build.
    public func value(for key: Key, make: (Key) -> Value) -> Value {
        let hashed = Hashed(key)
        let cached = state.withLock { state -> Value? in
            state.used.insert(hashed)
            return state.values[hashed]
        }
        if let cached { return cached }
        let value = make(key)
        state.withLock { $0.values[hashed] = value }
        return value
    }

    /// Drops what the finished build did not ask for: deleted files, old versions of edited ones.
    public func finishBuild() {
        state.withLock { state in
            state.values = state.values.filter { state.used.contains($0.key) }
            state.used = []
        }
    }
}
