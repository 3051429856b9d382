import FlyingFox
import Foundation
import SamverkanKit

/// Serves the preview over HTTP: the built site with the live-reload script in every page, and the
/// build's status for that script. Loopback only unless another address is asked for.
public final class PreviewServer: Sendable {
    public let session: PreviewSession
    private let server: HTTPServer
    private let resolver: StaticFileResolver

    /// - Parameters:
    ///   - host: an IPv4 or IPv6 address to listen on; `localhost` means 127.0.0.1.
    ///   - port: 0 picks a free port (see `port()`).
    public init(session: PreviewSession, host: String = "127.0.0.1", port: UInt16 = 8000) throws {
        self.session = session
        self.resolver = StaticFileResolver(root: session.options.outputDirectory)
        let address = host == "localhost" ? "127.0.0.1" : host
        let handler = PreviewHandler(session: session, resolver: resolver)
        if address.contains(":") {
            server = HTTPServer(address: try .inet6(ip6: address, port: port), logger: .disabled, handler: handler)
        } else {
            server = HTTPServer(address: try .inet(ip4: address, port: port), logger: .disabled, handler: handler)
        }
    }

    /// Serves until the task is cancelled.
    public func run() async throws {
        try await server.run()
    }

    public func waitUntilListening() async throws {
        try await server.waitUntilListening()
    }

    /// The port the server listens on.
    public func port() async -> UInt16? {
        guard let address = await server.listeningAddress else { return nil }
        switch address {
        case let .ip4(_, port), let .ip6(_, port): return port
        default: return nil
        }
    }

    public func stop() async {
        await server.stop(timeout: 1)
    }
}

struct PreviewHandler: HTTPHandler {
    let session: PreviewSession
    let resolver: StaticFileResolver

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        // The raw path as sent: it keeps a folder's closing slash and its percent-encoding.
        let path = request.target.path(percentEncoded: true)
        switch path {
        case LiveReload.scriptPath:
            return respond(LiveReload.script, type: "text/javascript; charset=utf-8")
        case LiveReload.statusPath:
            return respond(LiveReload.statusJSON(await status(after: request)), type: "application/json")
        default:
            return file(path)
        }
    }

    /// The status now, or, when the browser says which generation it has, as soon as it changes
    /// (at most about ten seconds later): the browser learns of a rebuild at once without busy polling.
    func status(after request: HTTPRequest) async -> PreviewSession.Status {
        guard let since = request.query.first(where: { $0.name == "since" }).flatMap({ Int($0.value) }) else {
            return session.currentStatus
        }
        for _ in 0..<100 {
            let status = session.currentStatus
            if status.generation != since { return status }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return session.currentStatus
    }

    func file(_ path: String) -> HTTPResponse {
        switch resolver.resolve(path) {
        case let .redirect(location):
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: location])
        case let .file(path, type):
            guard let data = FileManager().contents(atPath: path) else { return notFound() }
            if type.hasPrefix("text/html") {
                return respond(LiveReload.inject(into: String(decoding: data, as: UTF8.self)), type: type)
            }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: data)
        case .notFound:
            return notFound()
        }
    }

    func notFound() -> HTTPResponse {
        let status = session.currentStatus
        if !status.succeeded, status.generation <= 1 {
            // Nothing good was ever built: say why, and reload when it is fixed.
            return respond(LiveReload.inject(into: LiveReload.errorPage(status)), type: "text/html; charset=utf-8", code: .notFound)
        }
        if case let .file(page, _) = resolver.resolve("/404.html"), let data = FileManager().contents(atPath: page) {
            return respond(LiveReload.inject(into: String(decoding: data, as: UTF8.self)), type: "text/html; charset=utf-8", code: .notFound)
        }
        let page = "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Sidan finns inte</title></head>"
            + "<body><main><h1>Sidan finns inte</h1><p><a href=\"/\">Till startsidan</a></p></main></body></html>\n"
        return respond(LiveReload.inject(into: page), type: "text/html; charset=utf-8", code: .notFound)
    }

    func respond(_ text: String, type: String, code: HTTPStatusCode = .ok) -> HTTPResponse {
        HTTPResponse(statusCode: code, headers: [.contentType: type, .cacheControl: "no-store"], body: Data(text.utf8))
    }
}
