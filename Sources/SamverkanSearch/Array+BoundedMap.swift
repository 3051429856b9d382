import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// Maps the elements on at most `limit` threads at a time, in the input's order, each thread
    /// taking the next element when it is done with one. Once `stops` is true of a result, the
    /// elements not yet started are not mapped: their results are `nil`.
    func boundedMap<Result: Sendable>(limit: Int, stopsAfter stops: @Sendable (Result) -> Bool = { _ in false },
                                      _ transform: @Sendable (Element) -> Result) -> [Result?] {
        let results = Mutex<[Result?]>(Array<Result?>(repeating: nil, count: count))
        let next = Mutex((index: 0, stopped: false))
        let elements = self
        DispatchQueue.concurrentPerform(iterations: Swift.min(Swift.max(limit, 1), count)) { _ in
            while true {
                let index = next.withLock { state -> Int? in
                    guard !state.stopped, state.index < elements.count else { return nil }
                    defer { state.index += 1 }
                    return state.index
                }
                guard let index else { return }
                let result = transform(elements[index])
                results.withLock { $0[index] = result }
                if stops(result) { next.withLock { $0.stopped = true } }
            }
        }
        return results.withLock { $0 }
    }
}
