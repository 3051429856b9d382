import Foundation
import Synchronization

/// A plain loopback TCP client that sends exactly the bytes it is given, for requests no well-behaved
/// client would send. Every call blocks for at most `timeout`; run it on a thread of its own
/// (`RawHTTPClient.onThread`), never on the shared pool the server needs too.
final class RawHTTPClient: Sendable {
    struct Response: Sendable {
        var status: Int
        var head: String
        var body: String
    }

    let descriptor: Int32
    private let pending = Mutex<[UInt8]>([])

    /// - Parameter receiveBuffer: a small one makes a client that does not read hold up the server's write at once.
    init?(port: UInt16, timeout: Duration = .seconds(3), receiveBuffer: Int32? = nil) {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return nil }
        if var size = receiveBuffer {
            setsockopt(descriptor, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        var limit = timeval(tv_sec: Int(timeout.components.seconds), tv_usec: Int(timeout.components.attoseconds / 1_000_000_000_000))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            return nil
        }
    }

    deinit {
        close(descriptor)
    }

    /// Sends everything, or stops at the first error or timeout: true when all of it went out.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { raw in
                Foundation.send(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    @discardableResult
    func send(_ text: String) -> Bool {
        send(Array(text.utf8))
    }

    /// Some more bytes from the server; nil at its end, on an error or after the timeout.
    private func receive() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        return count > 0 ? Array(buffer[0..<count]) : nil
    }

    /// One response: its head, then as many body bytes as its Content-Length says (for HEAD: none).
    /// Nil when the connection ends or times out first.
    func readResponse(bodyExpected: Bool = true) -> Response? {
        var bytes = pending.withLock { $0 }
        let separator = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            if let found = Self.find(separator, in: bytes) {
                headEnd = found
            } else if let more = receive() {
                bytes += more
            } else {
                return nil
            }
        }
        guard let headEnd else { return nil }
        let head = String(decoding: bytes[0..<headEnd], as: UTF8.self)
        let status = head.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        let length = bodyExpected ? Self.contentLength(head) : 0
        let bodyStart = headEnd + separator.count
        while bytes.count < bodyStart + length {
            guard let more = receive() else { return nil }
            bytes += more
        }
        pending.withLock { $0 = Array(bytes[(bodyStart + length)...]) }
        return Response(status: status, head: head, body: String(decoding: bytes[bodyStart..<(bodyStart + length)], as: UTF8.self))
    }

    /// Whether the server ends the connection within `limit` (anything it says first is read and dropped).
    func closesWithin(_ limit: Duration) -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            let left = deadline - ContinuousClock.now
            var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, Int32(max(1, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)))
            if ready < 0 { return true }
            if ready == 0 { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count == 0 { return true }
            if count < 0, errno != EAGAIN, errno != EWOULDBLOCK, errno != EINTR { return true }
        }
        return false
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if Array(bytes[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }

    static func contentLength(_ head: String) -> Int {
        for line in head.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "content-length" {
                return Int(parts[1].trimmingCharacters(in: .whitespaces)) ?? 0
            }
        }
        return 0
    }

    /// Runs blocking work on a thread of its own and waits for it without holding a pool thread.
    static func onThread<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.start()
        }
    }
}
