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

/// Runs `first` and `second` at the same time and returns both results: for a serial step beside
/// another step. `first` runs on a worker thread, `second` on the calling thread, so a `parallelMap`
/// inside `second` still gets every core (inside `concurrentPerform`, libdispatch runs a nested
/// one serially).
package func concurrently<First: Sendable, Second: Sendable>(_ first: @escaping @Sendable () -> First,
                                                             _ second: () -> Second) -> (First, Second) {
    let firstResult = OneResult<First>()
    let done = DispatchGroup()
    DispatchQueue.global().async(group: done) { firstResult.value = first() }
    let secondValue = second()
    done.wait()
    // The group has finished, so `first` has run and stored its value.
    guard let firstValue = firstResult.value else {
        preconditionFailure("the worker finished without a result")
    }
    return (firstValue, secondValue)
}

/// A slot written by one worker and read after it has finished.
private final class OneResult<Value>: @unchecked Sendable {
    var value: Value?
}
