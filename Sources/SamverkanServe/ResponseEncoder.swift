import FlyingFox
import Foundation

/// Writes a response as HTTP/1.1 bytes: status line, the handler's header fields, the framing the
/// server owns (Content-Length, Connection), then the body unless the request was HEAD.
enum ResponseEncoder {
    /// Fields the server sets itself; a handler's own are left out.
    static let framingFields: Set<String> = ["content-length", "connection", "transfer-encoding", "keep-alive"]

    static func encode(_ response: HTTPResponse, body: Data, method: String, requestVersion: String, keepAlive: Bool) -> Data {
        let code = response.statusCode.code
        var head = "HTTP/1.1 \(code) \(clean(response.statusCode.phrase))\r\n"
        let fields = response.headers.map { (name: clean($0.key.rawValue), value: clean($0.value)) }
            .filter { !$0.name.isEmpty && !framingFields.contains($0.name.lowercased()) }
            .sorted { ($0.name.lowercased(), $0.value) < ($1.name.lowercased(), $1.value) }
        for field in fields {
            head += "\(field.name): \(field.value)\r\n"
        }
        let bodyAllowed = !(100..<200).contains(code) && code != 204 && code != 304
        if bodyAllowed {
            head += "Content-Length: \(body.count)\r\n"
        }
        if !keepAlive {
            head += "Connection: close\r\n"
        } else if requestVersion == "HTTP/1.0" {
            head += "Connection: keep-alive\r\n"
        }
        head += "\r\n"
        var bytes = Data(head.utf8)
        if bodyAllowed, method != "HEAD" {
            bytes.append(body)
        }
        return bytes
    }

    /// No line breaks or other control characters in a field: a value can never start a field of its own.
    static func clean(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F || $0 == "\t" })
    }
}
