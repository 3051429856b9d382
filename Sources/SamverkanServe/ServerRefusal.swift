import FlyingFox
import Foundation

/// Why the server answers a request itself, without passing it on, and closes the connection.
enum ServerRefusal: Error, Sendable, Equatable {
    /// The request line or a header line is not HTTP/1.x as RFC 9112 writes it.
    case badRequest
    /// The head of a request did not arrive within the header timeout.
    case requestTimeout
    /// The request line is longer than the limit.
    case uriTooLong
    /// More header bytes or header lines than the limits.
    case headersTooLarge
    /// HTTP/2 or later spoken without the upgrade, or a version that does not exist.
    case versionNotSupported
    /// Every connection is busy answering a request.
    case busy

    var status: HTTPStatusCode {
        switch self {
        case .badRequest: .badRequest
        case .requestTimeout: .requestTimeout
        case .uriTooLong: .uriTooLong
        case .headersTooLarge: .requestHeaderFieldsTooLarge
        case .versionNotSupported: .httpVersionNotSupported
        case .busy: .serviceUnavailable
        }
    }

    /// What the person at the browser reads.
    var message: String {
        switch self {
        case .badRequest: "Förfrågan kunde inte tolkas."
        case .requestTimeout: "Förfrågan kom inte fram i tid."
        case .uriTooLong: "Adressen är för lång."
        case .headersTooLarge: "Förfrågan har för stora eller för många rubrikfält."
        case .versionNotSupported: "Den här HTTP-versionen stöds inte."
        case .busy: "Förhandsvisningen är upptagen. Försök igen om en stund."
        }
    }

    var body: Data { Data((message + "\n").utf8) }

    var response: HTTPResponse {
        var headers: HTTPHeaders = [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"]
        if self == .busy {
            headers[HTTPHeader("Retry-After")] = "1"
        }
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }
}
