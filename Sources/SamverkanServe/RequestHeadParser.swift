
/// Reads the head of one request as its bytes arrive, within the limits: each byte is looked at
/// once, so the work grows with the size of the head and stops as soon as a limit is passed.
/// Lines end in CRLF (a bare LF is taken too, RFC 9112 §2.2).
struct RequestHeadParser {
    enum Outcome: Equatable {
        case needsMore
        /// The head, and the bytes after it (the start of a next request).
        case complete(RequestHead, leftover: [UInt8])
        case refused(ServerRefusal)
    }

    private struct RequestLine {
        var method: String
        var target: String
        var version: String
        var authority: String?
    }

    let limits: ServerLimits
    private var buffer: [UInt8] = []
    private var scanned = 0
    private var lineStart = 0
    private var emptyLinesBefore = 0
    private var requestLine: RequestLine?
    private var fields: [RequestHead.Field] = []
    private var headerBytes = 0

    init(limits: ServerLimits) {
        self.limits = limits
    }

    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let colon: UInt8 = 0x3A

    mutating func consume(_ bytes: [UInt8]) -> Outcome {
        buffer.append(contentsOf: bytes)
        while scanned < buffer.count {
            let byte = buffer[scanned]
            scanned += 1
            guard byte == Self.lineFeed else { continue }
            var end = scanned - 1
            if end > lineStart, buffer[end - 1] == Self.carriageReturn { end -= 1 }
            let line = buffer[lineStart..<end]
            let length = scanned - lineStart
            lineStart = scanned
            if let outcome = take(line, length: length) { return outcome }
        }
        // A line still arriving already over its limit is refused without waiting for its end.
        let partial = buffer.count - lineStart
        if requestLine == nil {
            if partial > limits.maxRequestLineBytes { return .refused(refusalForLongLine(buffer[lineStart...])) }
        } else if headerBytes + partial > limits.maxHeaderBytes {
            return .refused(.headersTooLarge)
        }
        return .needsMore
    }

    private mutating func take(_ line: ArraySlice<UInt8>, length: Int) -> Outcome? {
        guard let requestLine else {
            if line.isEmpty {
                // RFC 9112 §2.2: a few empty lines before a request are ignored.
                emptyLinesBefore += 1
                return emptyLinesBefore > 4 ? .refused(.badRequest) : nil
            }
            if line.count > limits.maxRequestLineBytes { return .refused(refusalForLongLine(line)) }
            switch Self.parseRequestLine(line) {
            case let .success(parsed): self.requestLine = parsed
            case let .failure(refusal): return .refused(refusal)
            }
            return nil
        }
        if line.isEmpty {
            let head = RequestHead(method: requestLine.method, target: requestLine.target, version: requestLine.version, fields: fields,
                                   authority: requestLine.authority)
            // RFC 9112 §3.2: a request with more than one Host field is answered 400; taking the
            // first, as FlyingFox would, let `Host: localhost` cover a second, foreign one.
            if head.values(of: "Host").count > 1 { return .refused(.badRequest) }
            return .complete(head, leftover: Array(buffer[scanned...]))
        }
        headerBytes += length
        guard headerBytes <= limits.maxHeaderBytes, fields.count < limits.maxHeaderCount else { return .refused(.headersTooLarge) }
        guard let field = Self.parseField(line) else { return .refused(.badRequest) }
        fields.append(field)
        return nil
    }

    /// 414 when the line starts like a request (`METHOD /…`), so it is the address that is too long; 400 otherwise.
    private func refusalForLongLine(_ line: ArraySlice<UInt8>) -> ServerRefusal {
        guard let space = line.firstIndex(of: Self.space), space > line.startIndex,
              line[line.startIndex..<space].allSatisfy(Self.isTokenByte) else { return .badRequest }
        return .uriTooLong
    }

    private static func parseRequestLine(_ line: ArraySlice<UInt8>) -> Result<RequestLine, ServerRefusal> {
        let parts = line.split(separator: space, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte) else { return .failure(.badRequest) }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            let looksLikeHTTP = version.hasPrefix("HTTP/") && version.count == 8
            return .failure(looksLikeHTTP ? .versionNotSupported : .badRequest)
        }
        guard let (target, authority) = originForm(parts[1]) else { return .failure(.badRequest) }
        return .success(RequestLine(method: String(decoding: parts[0], as: UTF8.self), target: target, version: version,
                                    authority: authority))
    }

    /// The target as a path (`/…`), and for an absolute `http://host:port/path` (RFC 9112 §3.2.2)
    /// its authority, which the request is then addressed to. Only visible ASCII; anything else,
    /// and an absolute target without a valid host (`http://`, `http://user@host/`), is not a target.
    private static func originForm(_ bytes: ArraySlice<UInt8>) -> (path: String, authority: String?)? {
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 > space && $0 < 0x7F }) else { return nil }
        let target = String(decoding: bytes, as: UTF8.self)
        if target.hasPrefix("/") { return (target, nil) }
        for scheme in ["http://", "https://"] where target.lowercased().hasPrefix(scheme) {
            let rest = target.dropFirst(scheme.count)
            let end = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
            let authority = rest[..<end]
            guard isAuthority(authority) else { return nil }
            guard end < rest.endIndex else { return ("/", String(authority)) }
            return (rest[end] == "/" ? String(rest[end...]) : "/" + rest[end...], String(authority))
        }
        return nil
    }

    /// `host` or `host:port` as RFC 3986 §3.2 writes it, without user information: a registered name
    /// or IPv4 address, or an IPv6 address in brackets; the port, when there is one, digits only.
    static func isAuthority(_ authority: Substring) -> Bool {
        var host = authority
        var port: Substring = ""
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return false }
            host = authority[authority.startIndex...close]
            let after = authority[authority.index(after: close)...]
            guard after.isEmpty || after.hasPrefix(":") else { return false }
            port = after.dropFirst()
            let inside = host.dropFirst().dropLast()
            guard !inside.isEmpty, inside.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return false }
        } else {
            if let colon = authority.lastIndex(of: ":") {
                host = authority[..<colon]
                port = authority[authority.index(after: colon)...]
            }
            // A reg-name (RFC 3986 §3.2.2) without `@`, `:` or `%`: nothing for a check of the name to be fooled by.
            guard !host.isEmpty, host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-._~!$&'()*+,;=".contains($0)) }) else {
                return false
            }
        }
        return port.allSatisfy { $0.isASCII && $0.isNumber } && port.count <= 5
    }

    /// `name: value`. Whitespace before the colon and folded lines (starting with whitespace) are refused,
    /// as RFC 9112 §5.1 and §5.2 ask of a server.
    private static func parseField(_ line: ArraySlice<UInt8>) -> RequestHead.Field? {
        guard let separator = line.firstIndex(of: Self.colon), separator > line.startIndex else { return nil }
        let name = line[line.startIndex..<separator]
        guard name.allSatisfy(isTokenByte) else { return nil }
        var value = line[(separator + 1)...]
        while let first = value.first, first == space || first == tab { value = value.dropFirst() }
        while let last = value.last, last == space || last == tab { value = value.dropLast() }
        guard !value.contains(where: { ($0 < space && $0 != tab) || $0 == 0x7F }) else { return nil }
        return RequestHead.Field(name: String(decoding: name, as: UTF8.self), value: String(decoding: value, as: UTF8.self))
    }

    /// RFC 9110 §5.6.2 tchar.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "_"),
             UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
