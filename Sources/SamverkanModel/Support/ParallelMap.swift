import Dispatch

extension Array where Element: Sendable {
    /// Maps the elements on every core; the result keeps the input order.
    package func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let buffer = ResultBuffer<Result>(count: count)
        let elements = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            buffer.store(transform(elements[index]), at: index)
        }
        return buffer.values()
    }
}

/// Slots written once each, by index, from concurrent iterations.
private final class ResultBuffer<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Each index is written by exactly one iteration; no slot is read before all are written.
    func store(_ value: Value, at index: Int) {
        slots[index] = value
    }

    func values() -> [Value] {
        slots.map { $0! }
    }
}
