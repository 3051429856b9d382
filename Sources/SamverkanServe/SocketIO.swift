import Foundation

/// The few platform differences of the socket calls the server makes.
enum SocketIO {
    #if canImport(Glibc) || canImport(Musl)
    static let streamType = Int32(SOCK_STREAM.rawValue)
    /// No SIGPIPE when the peer has gone, and never block: every wait is a `poll` with a deadline.
    static let sendFlags = Int32(MSG_DONTWAIT) | Int32(MSG_NOSIGNAL)
    #else
    static let streamType = SOCK_STREAM
    static let sendFlags = Int32(MSG_DONTWAIT)
    #endif
    static let receiveFlags = Int32(MSG_DONTWAIT)

    /// Sets what every accepted socket needs (on Darwin, no SIGPIPE: it has no MSG_NOSIGNAL).
    static func prepareAccepted(_ descriptor: Int32) {
        #if canImport(Darwin)
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    enum Readiness {
        case ready
        case timedOut
        case failed
    }

    /// Waits until the socket can be read or written (`events`), or the deadline passes.
    static func wait(_ descriptor: Int32, for events: Int32, until deadline: ContinuousClock.Instant) -> Readiness {
        while true {
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return .timedOut }
            var entry = pollfd(fd: descriptor, events: Int16(events), revents: 0)
            let result = poll(&entry, 1, milliseconds(left, atMost: 1000))
            if result > 0 { return .ready }
            if result < 0, errno != EINTR { return .failed }
        }
    }

    /// A duration as whole milliseconds for `poll`, rounded up so a wait never ends early.
    static func milliseconds(_ duration: Duration, atMost limit: Int32) -> Int32 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0 else { return 0 }
        let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: min(total, Int64(limit)))
    }
}
