import Foundation

/// The server's listening socket. Accepting waits a little at a time, so the accept loop can
/// notice that the server stopped.
struct ListeningSocket: Sendable {
    enum Accepted {
        case connection(Int32)
        case nothing
        /// Accepting failed for a reason that may last (no file descriptors left): wait before trying again.
        case failed
    }

    let descriptor: Int32

    static func open(_ address: ListenAddress) throws -> ListeningSocket {
        let descriptor = socket(address.family == .ipv4 ? AF_INET : AF_INET6, SocketIO.streamType, 0)
        guard descriptor >= 0 else { throw SocketFailure.call("socket") }
        do {
            var yes: Int32 = 1
            setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
            try bind(descriptor, to: address)
            guard listen(descriptor, 128) == 0 else { throw SocketFailure.call("listen") }
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        } catch {
            _ = Foundation.close(descriptor)
            throw error
        }
        return ListeningSocket(descriptor: descriptor)
    }

    private static func bind(_ descriptor: Int32, to address: ListenAddress) throws {
        let result: Int32
        switch address.family {
        case .ipv4:
            var socketAddress = sockaddr_in()
            socketAddress.sin_family = sa_family_t(AF_INET)
            socketAddress.sin_port = address.port.bigEndian
            guard inet_pton(AF_INET, address.host, &socketAddress.sin_addr) == 1 else { throw SocketFailure("'\(address.host)' är ingen IPv4-adress") }
            result = withUnsafePointer(to: &socketAddress) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Foundation.bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        case .ipv6:
            var socketAddress = sockaddr_in6()
            socketAddress.sin6_family = sa_family_t(AF_INET6)
            socketAddress.sin6_port = address.port.bigEndian
            guard inet_pton(AF_INET6, address.host, &socketAddress.sin6_addr) == 1 else { throw SocketFailure("'\(address.host)' är ingen IPv6-adress") }
            result = withUnsafePointer(to: &socketAddress) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Foundation.bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        }
        guard result == 0 else { throw SocketFailure.call("bind") }
    }

    /// The next connection, waiting for it at most `milliseconds`.
    func accept(waitingAtMost milliseconds: Int32) -> Accepted {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, milliseconds) > 0 else { return .nothing }
        let connection = Foundation.accept(descriptor, nil, nil)
        if connection >= 0 { return .connection(connection) }
        switch errno {
        case EAGAIN, EWOULDBLOCK, EINTR, ECONNABORTED: return .nothing
        default: return .failed
        }
    }

    /// The port it listens on (the one the system chose for port 0).
    func port() -> UInt16? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard result == 0 else { return nil }
        switch Int32(storage.ss_family) {
        case AF_INET:
            return withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) } }
        case AF_INET6:
            return withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) } }
        default:
            return nil
        }
    }

    func close() {
        _ = Foundation.close(descriptor)
    }
}
