import FlyingFox
import Foundation

/// One client's connection, served on a thread of its own: read a request head within the limits,
/// answer it through the handler, and again while the client keeps the connection alive.
struct ClientConnection: Sendable {
    private enum Read {
        case head(RequestHead, leftover: [UInt8])
        case refused(ServerRefusal)
        /// Closed by the client, let go by the limiter, or silent for the whole idle timeout.
        case ended
    }

    let socket: SocketConnection
    let id: Int
    let limits: ServerLimits
    let limiter: ConnectionLimiter
    let handler: any HTTPHandler
    /// Which requests are long polls: while one waits for a change, its connection can give way like
    /// one waiting for a request.
    let isLongPoll: @Sendable (RequestHead) -> Bool

    /// Bytes read after a refusal at most, and for how long, so the client gets to read the answer
    /// instead of a reset (closing with unread bytes would reset the connection).
    static let drainBytes = 4 << 20
    static let drainTime: Duration = .seconds(2)

    func serve() {
        defer { limiter.release(id, closing: socket) }
        var leftover: [UInt8] = []
        while true {
            switch readHead(startingWith: leftover) {
            case .ended:
                return
            case let .refused(refusal):
                refuse(refusal)
                return
            case let .head(head, rest):
                guard limiter.beginAnswering(id, longPoll: isLongPoll(head)) else { return }
                let keepAlive = head.keepsAlive && !head.declaresBody
                guard answer(head, keepAlive: keepAlive), keepAlive else { return }
                limiter.endAnswering(id)
                leftover = rest
            }
        }
    }

    /// The idle timeout runs until the first byte of a request, the header timeout from then on.
    private func readHead(startingWith leftover: [UInt8]) -> Read {
        var parser = RequestHeadParser(limits: limits)
        var started = !leftover.isEmpty
        var deadline = ContinuousClock.now + (started ? limits.headerTimeout : limits.idleTimeout)
        var outcome = started ? parser.consume(leftover) : .needsMore
        while outcome == .needsMore {
            switch socket.receive(until: deadline) {
            case let .bytes(bytes):
                if !started {
                    started = true
                    deadline = ContinuousClock.now + limits.headerTimeout
                }
                outcome = parser.consume(bytes)
            case .closed:
                return .ended
            case .timedOut:
                return started ? .refused(.requestTimeout) : .ended
            }
        }
        switch outcome {
        case let .complete(head, rest): return .head(head, leftover: rest)
        case let .refused(refusal): return .refused(refusal)
        case .needsMore: return .ended
        }
    }

    /// Runs the handler as a task and waits for it on this thread; false when the response could not be sent.
    private func answer(_ head: RequestHead, keepAlive: Bool) -> Bool {
        let request = head.request
        let handoff = Handoff<(HTTPResponse, Data)>()
        let handler = handler
        let task = Task {
            let response: HTTPResponse
            do {
                response = try await handler.handleRequest(request)
            } catch {
                response = HTTPResponse(statusCode: .internalServerError)
            }
            handoff.put((response, (try? await response.bodyData) ?? Data()))
        }
        limiter.attach(task, to: id)
        guard let (response, body) = handoff.take() else { return false }
        let bytes = ResponseEncoder.encode(response, body: body, method: head.method, requestVersion: head.version, keepAlive: keepAlive)
        return socket.send(bytes, until: .now + limits.writeTimeout)
    }

    /// Answers with the refusal and closes, reading (and dropping) what the client still sends for a moment.
    private func refuse(_ refusal: ServerRefusal) {
        let bytes = ResponseEncoder.encode(refusal.response, body: refusal.body, method: "GET",
                                           requestVersion: "HTTP/1.1", keepAlive: false)
        guard socket.send(bytes, until: .now + limits.writeTimeout) else { return }
        socket.shutdownWriting()
        guard refusal != .requestTimeout else { return }
        let deadline = ContinuousClock.now + Self.drainTime
        var drained = 0
        while drained < Self.drainBytes, case let .bytes(bytes) = socket.receive(until: deadline) {
            drained += bytes.count
        }
    }
}
