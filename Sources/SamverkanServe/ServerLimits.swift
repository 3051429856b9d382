
/// How much the preview server takes from one client and for how long it waits, so that no single
/// slow or hostile client can hold the server or starve the page the communicator is looking at.
public struct ServerLimits: Sendable, Equatable {
    /// The request line (`GET /path HTTP/1.1`) at most; a longer one is answered 414.
    public var maxRequestLineBytes: Int
    /// All header lines of one request together at most; more is answered 431.
    public var maxHeaderBytes: Int
    /// Header lines in one request at most; more are answered 431.
    public var maxHeaderCount: Int
    /// From the first byte of a request to the blank line that ends its head; then the connection is closed.
    public var headerTimeout: Duration
    /// How long a connection may wait for the first byte of a request (on a new connection, or the next
    /// on a kept-alive one) before it is closed.
    public var idleTimeout: Duration
    /// Writing one response at most: a client that does not read is let go.
    public var writeTimeout: Duration
    /// Open connections at most. A new one beyond it takes the place of the connection that has waited
    /// longest, for a request or as a long poll for a change (the live-reload script asks again a second
    /// later), else of a request answered for longer than `answerProtection`; when every connection is
    /// answering a younger request, the new one is told 503 and closed.
    public var maxConnections: Int
    /// How long a request being answered keeps its place when a new connection needs one.
    public var answerProtection: Duration

    public init(maxRequestLineBytes: Int = 8 * 1024, maxHeaderBytes: Int = 64 * 1024, maxHeaderCount: Int = 100,
                headerTimeout: Duration = .seconds(5), idleTimeout: Duration = .seconds(15),
                writeTimeout: Duration = .seconds(30), maxConnections: Int = 64, answerProtection: Duration = .seconds(1)) {
        self.maxRequestLineBytes = maxRequestLineBytes
        self.maxHeaderBytes = maxHeaderBytes
        self.maxHeaderCount = maxHeaderCount
        self.headerTimeout = headerTimeout
        self.idleTimeout = idleTimeout
        self.writeTimeout = writeTimeout
        self.maxConnections = maxConnections
        self.answerProtection = answerProtection
    }
}
