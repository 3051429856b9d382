import Dispatch
import Synchronization

/// Hands one value from a task to a thread that waits for it: how a connection's own thread
/// waits for the asynchronous handler without tying up a thread of the shared pool.
final class Handoff<Value: Sendable>: Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private let slot = Mutex<Value?>(nil)

    func put(_ value: Value) {
        slot.withLock { $0 = value }
        ready.signal()
    }

    /// Blocks the calling thread until `put`.
    func take() -> Value? {
        ready.wait()
        return slot.withLock { $0.take() }
    }
}
