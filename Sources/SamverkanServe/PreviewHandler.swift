import FlyingFox
import Foundation
import SamverkanModel
import SamverkanSite

/// What the preview answers: the built site with the live-reload script in every page, the
/// script itself, and the build's status for it (a long poll). GET and HEAD only.
struct PreviewHandler: HTTPHandler {
    let session: PreviewSession
    let resolver: StaticFileResolver
    /// When listening on loopback only: the preview answers only requests addressed to this computer,
    /// so a web page that points a DNS name at 127.0.0.1 (DNS rebinding) cannot read it.
    var onlyLocalHosts = true

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if onlyLocalHosts, !Self.isLocal(host: request.headers[.host]) {
            return respond("Förhandsvisningen svarar bara på adresser till den här datorn (localhost, 127.0.0.1).\n",
                           type: "text/plain; charset=utf-8", code: .forbidden)
        }
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]))
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

    /// A `Host` header that names this computer: localhost, 127.x.x.x or [::1], with any port.
    /// A request without one (HTTP/1.0) comes from a program, not a browser page, and is let through.
    static func isLocal(host: String?) -> Bool {
        guard let host = host?.lowercased(), !host.isEmpty else { return true }
        var name = Substring(host)
        if name.hasPrefix("[") {
            guard let close = name.firstIndex(of: "]") else { return false }
            return name[name.index(after: name.startIndex)..<close] == "::1"
        }
        if let colon = name.lastIndex(of: ":") { name = name[..<colon] }
        if name == "localhost" || name.hasSuffix(".localhost") { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// A status request that names the generation the browser has: it waits for the next one.
    @Sendable static func isLongPoll(_ head: RequestHead) -> Bool {
        head.target.hasPrefix(LiveReload.statusPath + "?") && head.target.contains("since=")
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
            return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: location]))
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
