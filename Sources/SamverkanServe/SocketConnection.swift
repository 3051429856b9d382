import Foundation

/// One accepted connection's socket. It is read and written only within a deadline, so a client
/// that stops sending or stops reading costs a thread at most until then.
struct SocketConnection: Sendable {
    enum Received {
        case bytes([UInt8])
        /// The client closed, reset or was let go (`shutdown` by the server).
        case closed
        case timedOut
    }

    let descriptor: Int32

    /// Whatever arrives next, up to `limit` bytes.
    func receive(until deadline: ContinuousClock.Instant, atMost limit: Int = 16 * 1024) -> Received {
        var buffer = [UInt8](repeating: 0, count: limit)
        while true {
            switch SocketIO.wait(descriptor, for: Int32(POLLIN), until: deadline) {
            case .timedOut: return .timedOut
            case .failed: return .closed
            case .ready: break
            }
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, SocketIO.receiveFlags) }
            if count > 0 { return .bytes(Array(buffer[0..<count])) }
            if count == 0 { return .closed }
            if errno != EAGAIN, errno != EWOULDBLOCK, errno != EINTR { return .closed }
        }
    }

    /// Sends all of `data`: false when the client went away or did not take it before the deadline.
    func send(_ data: Data, until deadline: ContinuousClock.Instant) -> Bool {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return true }
            var offset = 0
            while offset < raw.count {
                let sent = Foundation.send(descriptor, base + offset, raw.count - offset, SocketIO.sendFlags)
                if sent > 0 {
                    offset += sent
                    continue
                }
                guard sent < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { return false }
                guard case .ready = SocketIO.wait(descriptor, for: Int32(POLLOUT), until: deadline) else { return false }
            }
            return true
        }
    }

    /// Reads and drops what has already arrived, without waiting for more.
    func discardWaiting(atMost limit: Int) {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        var discarded = 0
        while discarded < limit {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, SocketIO.receiveFlags) }
            guard count > 0 else { return }
            discarded += count
        }
    }

    /// Tells the client no more is coming, while its remaining bytes can still be read.
    func shutdownWriting() {
        shutdown(descriptor, Int32(SHUT_WR))
    }

    func close() {
        _ = Foundation.close(descriptor)
    }
}
