import Foundation
import Synchronization

/// Keeps the number of open connections at the cap. To make room for a new connection it lets go
/// the oldest of those that wait: for a request (a new connection, one half sent, an idle
/// keep-alive) or for a change (a long poll; the live-reload script asks again a second later).
/// When none waits, it lets go the request answered longest once that is past `answerProtection`
/// (a client that does not read its response). So slow clients and parked long polls give way to
/// the browser, and a page being answered is never cut.
final class ConnectionLimiter: Sendable {
    enum Admission: Equatable {
        case admitted(id: Int)
        /// Every place is taken by a request (not a long poll) answered for less than `answerProtection`,
        /// or the server stopped.
        case refused
    }

    private enum Activity {
        case waiting(since: ContinuousClock.Instant)
        /// Answering a long poll: waiting for a change more than working.
        case parked(since: ContinuousClock.Instant)
        case answering(since: ContinuousClock.Instant)
    }

    private struct Entry {
        let descriptor: Int32
        var activity: Activity
        var task: Task<Void, Never>?
    }

    private struct State {
        var entries: [Int: Entry] = [:]
        var nextID = 0
        var stopped = false
    }

    let capacity: Int
    let answerProtection: Duration
    private let state = Mutex(State())

    init(capacity: Int, answerProtection: Duration) {
        self.capacity = max(1, capacity)
        self.answerProtection = answerProtection
    }

    var openConnections: Int { state.withLock { $0.entries.count } }

    /// Takes a new connection, making room when the cap is reached. A connection let go is shut down
    /// here (its task cancelled) and closed by its own thread.
    func admit(_ descriptor: Int32) -> Admission {
        let now = ContinuousClock.now
        return state.withLock { state in
            guard !state.stopped else { return .refused }
            if state.entries.count >= capacity {
                guard let id = Self.leastNeeded(in: state.entries, now: now, protection: answerProtection),
                      let entry = state.entries.removeValue(forKey: id) else { return .refused }
                shutdown(entry.descriptor, Int32(SHUT_RDWR))
                entry.task?.cancel()
            }
            let id = state.nextID
            state.nextID += 1
            state.entries[id] = Entry(descriptor: descriptor, activity: .waiting(since: now), task: nil)
            return .admitted(id: id)
        }
    }

    /// The connection that has waited longest (for a request or, as a long poll, for a change), else
    /// the request answered longest past the protection.
    private static func leastNeeded(in entries: [Int: Entry], now: ContinuousClock.Instant, protection: Duration) -> Int? {
        var waiting: (id: Int, since: ContinuousClock.Instant)?
        var overdue: (id: Int, since: ContinuousClock.Instant)?
        for (id, entry) in entries {
            switch entry.activity {
            case let .waiting(since), let .parked(since):
                if waiting.map({ since < $0.since }) ?? true { waiting = (id, since) }
            case let .answering(since) where now - since >= protection:
                if overdue.map({ since < $0.since }) ?? true { overdue = (id, since) }
            case .answering:
                continue
            }
        }
        return (waiting ?? overdue)?.id
    }

    /// Marks a connection as being answered (`longPoll`: a request that waits for a change):
    /// false when it was let go meanwhile.
    func beginAnswering(_ id: Int, longPoll: Bool = false) -> Bool {
        state.withLock { state in
            guard state.entries[id] != nil, !state.stopped else { return false }
            state.entries[id]?.activity = longPoll ? .parked(since: .now) : .answering(since: .now)
            return true
        }
    }

    /// The task answering the connection's request: cancelled when the connection is let go or the server stops.
    func attach(_ task: Task<Void, Never>, to id: Int) {
        let gone = state.withLock { state in
            guard state.entries[id] != nil, !state.stopped else { return true }
            state.entries[id]?.task = task
            return false
        }
        if gone { task.cancel() }
    }

    func endAnswering(_ id: Int) {
        state.withLock { state in
            state.entries[id]?.activity = .waiting(since: .now)
            state.entries[id]?.task = nil
        }
    }

    /// Forgets the connection, then closes it: once it is out of the list, nothing else touches its descriptor.
    func release(_ id: Int, closing socket: SocketConnection) {
        state.withLock { _ = $0.entries.removeValue(forKey: id) }
        socket.close()
    }

    /// Refuses every new connection and ends every open one.
    func stopAll() {
        let tasks = state.withLock { state in
            state.stopped = true
            for entry in state.entries.values {
                shutdown(entry.descriptor, Int32(SHUT_RDWR))
            }
            return state.entries.values.compactMap(\.task)
        }
        for task in tasks {
            task.cancel()
        }
    }
}
