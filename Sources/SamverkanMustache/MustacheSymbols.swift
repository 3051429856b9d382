/// The process-wide table of interned names (`MustacheSymbol`). Interning takes a lock; it is done
/// when templates are compiled and when a value builder's `static let` symbols are first used,
/// never while rendering.
public final class MustacheSymbols: @unchecked Sendable {
    /// The one table every symbol belongs to.
    public static let shared = MustacheSymbols()

    private let lock = MustacheLock()
    private var ids: [String: UInt32] = [:]
    private var names: [String] = []

    private init() {}

    /// The symbol for `name`, made on first use.
    public func intern(_ name: String) -> MustacheSymbol {
        lock.withLock {
            if let id = ids[name] {
                return MustacheSymbol(id: id)
            }
            let id = UInt32(truncatingIfNeeded: names.count)
            names.append(name)
            ids[name] = id
            return MustacheSymbol(id: id)
        }
    }

    /// The symbol for `name` if it has been interned, without making one.
    public func existingSymbol(for name: String) -> MustacheSymbol? {
        lock.withLock { ids[name].map(MustacheSymbol.init(id:)) }
    }

    /// The text of `symbol`.
    public func name(of symbol: MustacheSymbol) -> String {
        lock.withLock {
            Int(symbol.id) < names.count ? names[Int(symbol.id)] : ""
        }
    }

    /// How many names have been interned.
    public var count: Int {
        lock.withLock { names.count }
    }
}
