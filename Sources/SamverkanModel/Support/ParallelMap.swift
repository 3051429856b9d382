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

/// Runs `first` and `second` at the same time (each on whichever core is free) and returns both
/// results: for independent steps that are each serial, such as indexes built from the same content.
package func concurrently<First: Sendable, Second: Sendable>(_ first: @Sendable () -> First,
                                                             _ second: @Sendable () -> Second) -> (First, Second) {
    let firstResult = OneResult<First>(), secondResult = OneResult<Second>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { firstResult.value = first() } else { secondResult.value = second() }
    }
    // Both iterations have run when concurrentPerform returns.
    guard let firstValue = firstResult.value, let secondValue = secondResult.value else {
        preconditionFailure("concurrentPerform returned before both iterations ran")
    }
    return (firstValue, secondValue)
}

/// A slot written by one iteration and read after all have finished.
private final class OneResult<Value>: @unchecked Sendable {
    var value: Value?
}
