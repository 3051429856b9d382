import Foundation
import SamverkanModel
import SamverkanSite

/// Serves the preview over HTTP: the built site with the live-reload script in every page, and the
/// build's status for that script. Loopback only unless another address is asked for. Every client
/// is kept within `ServerLimits` (see `BoundedHTTPServer`), so none can hold the server.
public final class PreviewServer: Sendable {
    public let session: PreviewSession
    private let http: BoundedHTTPServer

    /// - Parameters:
    ///   - host: an IPv4 or IPv6 address to listen on; `localhost` means 127.0.0.1. Throws when it is neither.
    ///   - port: 0 picks a free port (see `port()`).
    public init(session: PreviewSession, host: String = "127.0.0.1", port: UInt16 = 8000, limits: ServerLimits = ServerLimits()) throws {
        self.session = session
        var handler = PreviewHandler(session: session, resolver: StaticFileResolver(root: session.options.outputDirectory))
        handler.onlyLocalHosts = ListenAddress.isLoopback(host)
        http = BoundedHTTPServer(address: try ListenAddress(host: host, port: port), limits: limits, handler: handler,
                                 isLongPoll: PreviewHandler.isLongPoll)
    }

    public var limits: ServerLimits { http.limits }

    /// Serves until the task is cancelled or `stop()`. Throws when it cannot listen (the port is taken).
    public func run() async throws {
        try http.start()
        await withTaskCancellationHandler {
            await http.waitUntilStopped()
        } onCancel: {
            http.stop()
        }
    }

    public func waitUntilListening() async throws {
        while true {
            switch http.phase {
            case .listening: return
            case .stopped: throw SocketFailure("servern lyssnar inte")
            case .idle: try await Task.sleep(for: .milliseconds(10))
            }
        }
    }

    /// The port the server listens on.
    public func port() async -> UInt16? {
        http.port
    }

    /// Stops listening and ends every connection, a long poll too.
    public func stop() async {
        http.stop()
    }
}
