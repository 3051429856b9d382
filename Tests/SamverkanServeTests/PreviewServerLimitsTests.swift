import Foundation
import Testing
@testable import SamverkanServe
import SamverkanModel
import SamverkanSite

/// The server under abuse from one local client: every limit, each shown to hold while ordinary
/// requests keep being answered at once. Part of the serialized suite, so no other server competes
/// for the two cores while times are measured.
extension PreviewServerTests {
    static let page = "/moten/2024/2024-10-03-sro/"

    /// An ordinary request on a fresh connection (the meeting page unless told): its status, body and how long it took.
    static func fetch(_ port: UInt16, _ path: String = page) async -> (status: Int, body: String, seconds: Double) {
        await RawHTTPClient.onThread {
            let start = ContinuousClock.now
            guard let client = RawHTTPClient(port: port) else { return (0, "", 0) }
            client.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            let response = client.readResponse()
            return (response?.status ?? 0, response?.body ?? "", seconds(since: start))
        }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Sends `request` on a fresh connection and reads one response: its status (0 for none) and how long it took.
    static func statusOf(_ request: [UInt8], port: UInt16) async -> (status: Int, seconds: Double) {
        await RawHTTPClient.onThread {
            let start = ContinuousClock.now
            guard let client = RawHTTPClient(port: port) else { return (0, 0) }
            client.send(request)
            return (client.readResponse()?.status ?? 0, seconds(since: start))
        }
    }

    @Test func aMegabyteOfHeadersIsRefusedAtOnceWhileOtherRequestsAreServed() async throws {
        try await withServer { _, port in
            // One header line of a megabyte: the worst case for a parser that rescans its line per byte.
            let request = Array("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Stor: \(String(repeating: "a", count: 1 << 20))\r\n\r\n".utf8)
            async let first = Self.statusOf(request, port: port)
            async let second = Self.statusOf(request, port: port)
            async let third = Self.statusOf(request, port: port)
            try await Task.sleep(for: .milliseconds(20))
            let page = await Self.fetch(port)
            #expect(page.status == 200)
            #expect(page.body.contains("Mötesanteckning SRO"))
            #expect(page.seconds < 1, "the page took \(page.seconds) s while three clients sent a megabyte of headers")
            for big in await [first, second, third] {
                #expect(big.status == 431)
                #expect(big.seconds < 1, "431 came after \(big.seconds) s")
            }
        }
    }

    @Test func twoHundredHeadersAreRefusedAndNinetyAreServed() async throws {
        try await withServer { _, port in
            func request(headers: Int) -> [UInt8] {
                let lines = (0..<headers).map { "X-Falt-\($0): \($0)\r\n" }.joined()
                return Array("GET \(Self.page) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(lines)Connection: close\r\n\r\n".utf8)
            }
            let many = await Self.statusOf(request(headers: 200), port: port)
            #expect(many.status == 431)
            #expect(many.seconds < 1)
            let some = await Self.statusOf(request(headers: 90), port: port)
            #expect(some.status == 200)
        }
    }

    @Test func aHugeAddressIsRefusedWith414() async throws {
        try await withServer { _, port in
            let long = await Self.statusOf(Array("GET /\(String(repeating: "a", count: 64 * 1024)) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8), port: port)
            #expect(long.status == 414)
            #expect(long.seconds < 1, "414 came after \(long.seconds) s")
            // An address just under the limit is an ordinary missing page.
            let fits = await Self.statusOf(Array("GET /\(String(repeating: "a", count: 7000)) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8), port: port)
            #expect(fits.status == 404)
        }
    }

    @Test func aClientThatStallsHalfwayThroughItsRequestIsDisconnected() async throws {
        try await withServer(limits: ServerLimits(headerTimeout: .seconds(1))) { _, port in
            let (closed, seconds) = await RawHTTPClient.onThread {
                let start = ContinuousClock.now
                guard let client = RawHTTPClient(port: port) else { return (false, 0.0) }
                client.send("GET /moten/20")
                return (client.closesWithin(.seconds(3)), Self.seconds(since: start))
            }
            #expect(closed, "a half request line was held for 3 s")
            #expect(seconds < 2, "disconnected after \(seconds) s, the header timeout is 1 s")
        }
    }

    @Test func aClientThatTricklesItsHeadersIsDisconnectedAtTheHeaderTimeout() async throws {
        try await withServer(limits: ServerLimits(headerTimeout: .seconds(1))) { _, port in
            let (closed, seconds) = await RawHTTPClient.onThread {
                let start = ContinuousClock.now
                guard let client = RawHTTPClient(port: port) else { return (false, 0.0) }
                client.send("GET / HTTP/1.1\r\n")
                // A byte every 200 ms: never silent for long, but never done either.
                for _ in 0..<15 {
                    guard client.send("X") else { return (true, Self.seconds(since: start)) }
                    if client.closesWithin(.milliseconds(200)) { return (true, Self.seconds(since: start)) }
                }
                return (false, Self.seconds(since: start))
            }
            #expect(closed, "a client sending a byte every 200 ms was held for 3 s")
            #expect(seconds < 2, "disconnected after \(seconds) s, the header timeout is 1 s")
        }
    }

    @Test func keepAliveAndTheLongPollOutliveTheHeaderTimeout() async throws {
        try await withServer(limits: ServerLimits(headerTimeout: .milliseconds(500))) { root, port in
            let client = try #require(RawHTTPClient(port: port, timeout: .seconds(12)))
            let first = await RawHTTPClient.onThread { () -> RawHTTPClient.Response? in
                client.send("GET /_samverkan/status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                return client.readResponse()
            }
            let status = try #require(first)
            #expect(status.status == 200)
            let generation = try #require(status.body.split(separator: "\"generation\":").last.flatMap { Int($0.prefix { $0.isNumber }) })
            // The long poll waits for a change, far longer than the header timeout, on the same connection.
            let change = Task {
                try await Task.sleep(for: .milliseconds(1200))
                try edit(root + "/" + Self.meeting) { $0.replacingOccurrences(of: "title: Mötesanteckning SRO", with: "title: Ändrat under långfrågan") }
            }
            let (poll, pollSeconds) = await RawHTTPClient.onThread {
                let start = ContinuousClock.now
                client.send("GET /_samverkan/status?since=\(generation) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                return (client.readResponse(), Self.seconds(since: start))
            }
            try await change.value
            #expect(poll?.status == 200)
            #expect(pollSeconds > 1, "the long poll answered after \(pollSeconds) s, before anything changed")
            #expect(poll?.body.contains("\"generation\":\(generation)") == false, "the long poll did not see the rebuild")
            // Idle on the kept-alive connection for longer than the header timeout, then ask again.
            try await Task.sleep(for: .milliseconds(900))
            let page = await RawHTTPClient.onThread { () -> RawHTTPClient.Response? in
                client.send("HEAD \(Self.page) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                guard let head = client.readResponse(bodyExpected: false) else { return nil }
                client.send("GET \(Self.page) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                guard let page = client.readResponse(), page.status == head.status else { return nil }
                return page
            }
            #expect(page?.status == 200)
            #expect(page?.body.contains("Ändrat under långfrågan") == true)
        }
    }

    @Test func slowClientsBeyondTheCapGiveWayToAPage() async throws {
        let limits = ServerLimits(headerTimeout: .seconds(20), idleTimeout: .seconds(20), maxConnections: 8)
        try await withServer(limits: limits) { _, port in
            // More half-sent requests than the server keeps: it lets the ones that waited longest go.
            var slow: [RawHTTPClient] = []
            for _ in 0..<12 {
                let client = try #require(RawHTTPClient(port: port))
                client.send("GET /moten/20")
                slow.append(client)
                try await Task.sleep(for: .milliseconds(20))
            }
            try await Task.sleep(for: .milliseconds(200))
            let page = await Self.fetch(port)
            #expect(page.status == 200)
            #expect(page.body.contains("Mötesanteckning SRO"))
            #expect(page.seconds < 1, "the page took \(page.seconds) s with the server full of slow clients")
            let held = slow
            let open = await RawHTTPClient.onThread { held.filter { !$0.closesWithin(.milliseconds(100)) }.count }
            // The page's connection took one more place while it was asked for.
            #expect(open <= limits.maxConnections - 1, "\(open) slow clients still connected, the cap is \(limits.maxConnections)")
            #expect(open >= limits.maxConnections - 2, "only \(open) slow clients kept, more were let go than needed")
        }
    }

    @Test func aLongPollGivesWayToAPageAtOnce() async throws {
        try await withServer(limits: ServerLimits(maxConnections: 2)) { _, port in
            // Two long polls take both places while they wait for a change that does not come.
            let status = await Self.fetch(port, "/_samverkan/status")
            #expect(status.status == 200)
            let generation = try #require(status.body.split(separator: "\"generation\":").last.flatMap { Int($0.prefix { $0.isNumber }) })
            var polls: [RawHTTPClient] = []
            for _ in 0..<2 {
                let client = try #require(RawHTTPClient(port: port))
                client.send("GET /_samverkan/status?since=\(generation) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                polls.append(client)
                try await Task.sleep(for: .milliseconds(100))
            }
            try await Task.sleep(for: .milliseconds(200))
            let page = await Self.fetch(port)
            #expect(page.status == 200)
            #expect(page.seconds < 1)
            let held = polls
            let cut = await RawHTTPClient.onThread { held.map { $0.closesWithin(.milliseconds(200)) } }
            #expect(cut == [true, false], "the oldest long poll, and only it, should have given way (the script asks again)")
        }
    }

    @Test func aClientThatDoesNotReadIsProtectedBrieflyThenGivesWay() async throws {
        try await withServer(limits: ServerLimits(maxConnections: 1, answerProtection: .seconds(1))) { root, port in
            // A file far larger than the socket buffers, asked for by a client that never reads it:
            // the server's one place is busy writing it.
            try Data(count: 16 << 20).write(to: URL(fileURLWithPath: root + "/site/stor.pdf"))
            let reader = try #require(RawHTTPClient(port: port, receiveBuffer: 4096))
            reader.send("GET /stor.pdf HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            try await Task.sleep(for: .milliseconds(300))
            // Being answered for less than the protection: a new client is told to come back, at once.
            let (busy, head, seconds) = await RawHTTPClient.onThread {
                let start = ContinuousClock.now
                guard let client = RawHTTPClient(port: port) else { return (0, "", 0.0) }
                client.send("GET \(Self.page) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                let response = client.readResponse()
                return (response?.status ?? 0, response?.head ?? "", Self.seconds(since: start))
            }
            #expect(busy == 503)
            #expect(head.contains("Retry-After: 1"))
            #expect(seconds < 1)
            // Past the protection, the client that does not read gives way to the page.
            try await Task.sleep(for: .milliseconds(1000))
            let page = await Self.fetch(port)
            #expect(page.status == 200)
            #expect(page.seconds < 1)
            #expect(await RawHTTPClient.onThread { reader.closesWithin(.seconds(2)) })
        }
    }
}

extension PreviewServerTests {
    /// DNS rebinding: a web page whose name was pointed at 127.0.0.1 sends its own name as Host.
    @Test func aRequestForAnotherHostNameIsRefused() async throws {
        try await withServer { _, port in
            let foreign = await Self.statusOf(Array("GET \(Self.page) HTTP/1.1\r\nHost: angripare.example:\(port)\r\nConnection: close\r\n\r\n".utf8), port: port)
            #expect(foreign.status == 403)
            for host in ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)", "LOCALHOST"] {
                let local = await Self.statusOf(Array("GET \(Self.page) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n".utf8), port: port)
                #expect(local.status == 200, "Host: \(host)")
            }
        }
    }

    /// RFC 9112 §3.2.2: with an absolute target the server ignores `Host` and uses the target's
    /// authority, so that is what is checked.
    @Test func anAbsoluteTargetForAnotherHostIsRefusedWhateverTheHostField() async throws {
        try await withServer { _, port in
            let foreign = await Self.statusOf(Array("GET http://evil.example/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".utf8), port: port)
            #expect(foreign.status == 403)
            let foreignPage = await Self.statusOf(Array("GET http://evil.example:\(port)\(Self.page) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8), port: port)
            #expect(foreignPage.status == 403)
            // The absolute target wins over a foreign Host field too.
            let local = await Self.statusOf(Array("GET http://localhost:\(port)\(Self.page) HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n".utf8), port: port)
            #expect(local.status == 200)
            let root = await Self.statusOf(Array("GET http://localhost:\(port)/ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n".utf8), port: port)
            #expect(root.status == 200)
            for target in ["http://", "http:///", "http://:\(port)/", "http://a@evil.example/", "http://localhost@evil.example/",
                           "http://evil.example#@localhost/", "http://[::1/", "http://localhost:80a/"] {
                let malformed = await Self.statusOf(Array("GET \(target) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".utf8), port: port)
                #expect(malformed.status == 400, "\(target)")
            }
        }
    }

    @Test func onlyNamesOfThisComputerAreLocal() {
        #expect(PreviewHandler.isLocal(host: "127.0.0.1:8000"))
        #expect(PreviewHandler.isLocal(host: "127.1.2.3"))
        #expect(PreviewHandler.isLocal(host: "[::1]:8000"))
        #expect(PreviewHandler.isLocal(host: "förhandsvisning.localhost:8000"))
        #expect(!PreviewHandler.isLocal(host: "127.0.0.1.angripare.example"))
        #expect(!PreviewHandler.isLocal(host: "[::2]:8000"))
        #expect(!PreviewHandler.isLocal(host: "localhost.example"))
    }
}
