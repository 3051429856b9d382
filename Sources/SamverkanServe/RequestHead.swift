import FlyingFox
import Foundation

/// The request line and header fields of one request, read within the limits.
struct RequestHead: Sendable, Equatable {
    struct Field: Sendable, Equatable {
        var name: String
        var value: String
    }

    var method: String
    /// In origin form (`/path?query`), still percent-encoded; an absolute target's path and query.
    var target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    var version: String
    var fields: [Field]
    /// The `host[:port]` of an absolute target (`GET http://host:port/path`), nil for an origin-form one.
    var authority: String? = nil

    /// Every value of a field, whatever the case of its name.
    func values(of name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }

    /// Whether the client wants the connection kept open after the response (RFC 9112 §9.3).
    var keepsAlive: Bool {
        let options = values(of: "Connection").flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return version == "HTTP/1.1" ? !options.contains("close") : options.contains("keep-alive")
    }

    /// Whether a body follows the head. The preview reads none, so such a connection is closed after its response.
    var declaresBody: Bool {
        !values(of: "Transfer-Encoding").isEmpty
            || values(of: "Content-Length").contains { $0.trimmingCharacters(in: .whitespaces) != "0" }
    }

    /// The request as FlyingFox's handlers take it. With an absolute target, its authority is the
    /// only `Host` (RFC 9112 §3.2.2: the received field is ignored), so the handler checks that.
    var request: HTTPRequest {
        var headers = HTTPHeaders()
        for field in fields where authority == nil || field.name.caseInsensitiveCompare("Host") != .orderedSame {
            headers.addValue(field.value, for: HTTPHeader(field.name))
        }
        if let authority {
            headers[.host] = authority
        }
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let target = HTTPRequest.Target(path: parts.first.map(String.init) ?? "", query: parts.count > 1 ? String(parts[1]) : "")
        return HTTPRequest(method: HTTPMethod(method), version: HTTPVersion(version), target: target, headers: headers, body: HTTPBodySequence())
    }
}
