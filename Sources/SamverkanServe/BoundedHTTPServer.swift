import FlyingFox
import Foundation
import Synchronization

/// An HTTP/1.1 server for GET and HEAD that keeps every client within `ServerLimits`: it accepts
/// connections itself, reads each request head with `RequestHeadParser` and hands FlyingFox's
/// handler only complete heads within the limits. One thread accepts; each connection has a
/// thread of its own that only ever waits with a deadline (at most `maxConnections` of them).
final class BoundedHTTPServer: Sendable {
    enum Phase {
        case idle
        case listening(ListeningSocket)
        case stopped
    }

    private struct State {
        var phase = Phase.idle
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    let address: ListenAddress
    let limits: ServerLimits
    private let handler: any HTTPHandler
    private let isLongPoll: @Sendable (RequestHead) -> Bool
    private let limiter: ConnectionLimiter
    private let state = Mutex(State())

    /// How often the accept loop looks whether the server stopped.
    static let acceptWait: Int32 = 200

    /// - Parameter isLongPoll: which requests wait for a change rather than work (see `ConnectionLimiter`).
    init(address: ListenAddress, limits: ServerLimits, handler: any HTTPHandler,
         isLongPoll: @escaping @Sendable (RequestHead) -> Bool = { _ in false }) {
        self.address = address
        self.limits = limits
        self.handler = handler
        self.isLongPoll = isLongPoll
        self.limiter = ConnectionLimiter(capacity: limits.maxConnections, answerProtection: limits.answerProtection)
    }

    var phase: Phase { state.withLock { $0.phase } }

    var port: UInt16? {
        guard case let .listening(listener) = phase else { return nil }
        return listener.port()
    }

    var openConnections: Int { limiter.openConnections }

    /// Binds, listens and starts accepting on a thread of its own.
    func start() throws {
        guard case .idle = phase else { throw SocketFailure("servern har redan startats") }
        let listener: ListeningSocket
        do {
            listener = try ListeningSocket.open(address)
        } catch {
            stop()
            throw error
        }
        let started = state.withLock { state in
            guard case .idle = state.phase else { return false }
            state.phase = .listening(listener)
            return true
        }
        guard started else {
            listener.close()
            throw SocketFailure("servern har redan startats")
        }
        let thread = Thread { [self] in acceptLoop(listener) }
        thread.name = "samverkan-accept"
        thread.start()
    }

    /// Stops accepting and ends every connection; the listening socket is closed by the accept loop.
    func stop() {
        let waiting = state.withLock { state in
            state.phase = .stopped
            defer { state.waiting = [] }
            return state.waiting
        }
        limiter.stopAll()
        for continuation in waiting {
            continuation.resume()
        }
    }

    func waitUntilStopped() async {
        await withCheckedContinuation { continuation in
            let stopped = state.withLock { state in
                guard case .stopped = state.phase else {
                    state.waiting.append(continuation)
                    return false
                }
                return true
            }
            if stopped { continuation.resume() }
        }
    }

    private var isStopped: Bool {
        guard case .stopped = phase else { return false }
        return true
    }

    private func acceptLoop(_ listener: ListeningSocket) {
        defer { listener.close() }
        while !isStopped {
            switch listener.accept(waitingAtMost: Self.acceptWait) {
            case .nothing:
                continue
            case .failed:
                Thread.sleep(forTimeInterval: 0.1)
            case let .connection(descriptor):
                SocketIO.prepareAccepted(descriptor)
                let socket = SocketConnection(descriptor: descriptor)
                switch limiter.admit(descriptor) {
                case let .admitted(id):
                    let connection = ClientConnection(socket: socket, id: id, limits: limits, limiter: limiter, handler: handler,
                                                      isLongPoll: isLongPoll)
                    let thread = Thread { connection.serve() }
                    thread.name = "samverkan-connection"
                    thread.start()
                case .refused:
                    refuseAtOnce(socket)
                }
            }
        }
    }

    /// 503 without waiting for anything: what the client already sent is read first, so that
    /// closing does not reset the connection before it reads the answer.
    private func refuseAtOnce(_ socket: SocketConnection) {
        socket.discardWaiting(atMost: 64 * 1024)
        let refusal = ServerRefusal.busy
        let bytes = ResponseEncoder.encode(refusal.response, body: refusal.body, method: "GET", requestVersion: "HTTP/1.1", keepAlive: false)
        _ = socket.send(bytes, until: .now + .milliseconds(100))
        socket.shutdownWriting()
        socket.close()
    }
}
