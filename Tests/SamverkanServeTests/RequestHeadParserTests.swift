import Foundation
import Testing
@testable import SamverkanServe

@Suite struct RequestHeadParserTests {
    let limits = ServerLimits(maxRequestLineBytes: 64, maxHeaderBytes: 200, maxHeaderCount: 5)

    func parse(_ text: String, in pieces: Int = 1) -> RequestHeadParser.Outcome {
        var parser = RequestHeadParser(limits: limits)
        let bytes = Array(text.utf8)
        let size = max(1, (bytes.count + pieces - 1) / pieces)
        var outcome = RequestHeadParser.Outcome.needsMore
        for start in stride(from: 0, to: bytes.count, by: size) {
            outcome = parser.consume(Array(bytes[start..<min(bytes.count, start + size)]))
            if outcome != .needsMore { break }
        }
        return outcome
    }

    @Test func readsAHeadSentInPiecesAndKeepsWhatFollows() throws {
        let text = "GET /organ/?q=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept:  text/html \r\n\r\nGET /nasta"
        for pieces in [1, 3, text.utf8.count] {
            guard case let .complete(head, leftover) = parse(text, in: pieces) else {
                Issue.record("no head in \(pieces) pieces")
                continue
            }
            #expect(head.method == "GET")
            #expect(head.target == "/organ/?q=1")
            #expect(head.values(of: "accept") == ["text/html"])
            #expect(head.keepsAlive)
            // Byte by byte, the head is done before the next request arrives.
            #expect(String(decoding: leftover, as: UTF8.self) == (pieces == text.utf8.count ? "" : "GET /nasta"))
        }
    }

    @Test func takesBareLineFeedsAndAnAbsoluteTarget() throws {
        guard case let .complete(head, _) = parse("\r\nHEAD http://127.0.0.1:8000/organ/ HTTP/1.0\nConnection: keep-alive\n\n") else {
            Issue.record("no head")
            return
        }
        #expect(head.method == "HEAD")
        #expect(head.target == "/organ/")
        #expect(head.keepsAlive)
    }

    @Test func keepsTheAuthorityOfAnAbsoluteTarget() throws {
        guard case let .complete(absolute, _) = parse("GET http://evil.example/organ/?q=1 HTTP/1.1\r\nHost: localhost\r\n\r\n"),
              case let .complete(bare, _) = parse("GET HTTP://Localhost:8000 HTTP/1.1\r\n\r\n"),
              case let .complete(query, _) = parse("GET http://[::1]:8000?q=1 HTTP/1.1\r\n\r\n"),
              case let .complete(origin, _) = parse("GET /organ/ HTTP/1.1\r\nHost: localhost\r\n\r\n") else {
            Issue.record("no head")
            return
        }
        #expect(absolute.target == "/organ/?q=1")
        #expect(absolute.authority == "evil.example")
        // RFC 9112 §3.2.2: the Host field is ignored, the handler sees the target's authority.
        #expect(absolute.request.headers[.host] == "evil.example")
        #expect(!PreviewHandler.isLocal(host: absolute.request.headers[.host]))
        #expect(bare.target == "/")
        #expect(bare.authority == "Localhost:8000")
        #expect(query.target == "/?q=1")
        #expect(query.authority == "[::1]:8000")
        #expect(origin.authority == nil)
        #expect(origin.request.headers[.host] == "localhost")
    }

    @Test func refusesTwoHostFields() {
        #expect(parse("GET / HTTP/1.1\r\nHost: localhost\r\nhost: evil.example\r\n\r\n") == .refused(.badRequest))
        if case .complete = parse("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n") {} else { Issue.record("one Host field was refused") }
    }

    @Test func refusesAnAbsoluteTargetWithoutAValidHost() {
        for target in ["http://", "http:///a", "http://?q", "http://:8000/", "http://a@evil/", "http://user:pw@localhost/",
                       "http://evil#@localhost/", "http://[::1/", "http://[::1]x/", "http://[]/", "http://localhost:8o/",
                       "http://localhost:123456/", "http://evil%2e/", "ftp://localhost/"] {
            #expect(parse("GET \(target) HTTP/1.1\r\n\r\n") == .refused(.badRequest), "\(target)")
        }
    }

    @Test func refusesWhatIsNotHTTP() {
        for text in ["GET /a  HTTP/1.1\r\n\r\n", "GET a HTTP/1.1\r\n\r\n", "GET /a HTTP/1.1\r\nHost : x\r\n\r\n",
                     "GET /a HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", "GET /a HTTP/1.1\r\nNo colon\r\n\r\n",
                     "GET /a HTTP/1.1\r\nX: a\u{1}b\r\n\r\n", "G(T /a HTTP/1.1\r\n\r\n", "GET /ä HTTP/1.1\r\n\r\n"] {
            #expect(parse(text) == .refused(.badRequest), "\(text.debugDescription)")
        }
        #expect(parse("GET / HTTP/2.0\r\n\r\n") == .refused(.versionNotSupported))
    }

    @Test func refusesALongRequestLineAsSoonAsItPassesTheLimit() {
        let line = "GET /" + String(repeating: "a", count: 60) + " HTTP/1.1"
        #expect(parse(line + "\r\n\r\n") == .refused(.uriTooLong))
        // Still arriving: refused without waiting for its end.
        #expect(parse(line) == .refused(.uriTooLong))
        #expect(parse(String(repeating: "x", count: 100)) == .refused(.badRequest))
        let fits = "GET /" + String(repeating: "a", count: 64 - 14) + " HTTP/1.1"
        #expect(fits.utf8.count == 64)
        guard case .complete = parse(fits + "\r\n\r\n") else {
            Issue.record("a request line at the limit was refused")
            return
        }
    }

    @Test func refusesTooManyOrTooLargeHeaders() {
        let five = (1...5).map { "X-\($0): v\r\n" }.joined()
        guard case .complete = parse("GET / HTTP/1.1\r\n\(five)\r\n") else {
            Issue.record("five header lines were refused")
            return
        }
        #expect(parse("GET / HTTP/1.1\r\n\(five)X-6: v\r\n\r\n") == .refused(.headersTooLarge))
        #expect(parse("GET / HTTP/1.1\r\nX: \(String(repeating: "a", count: 200))\r\n\r\n") == .refused(.headersTooLarge))
        // One endless header line is refused as soon as it passes the limit, in whatever pieces it comes.
        #expect(parse("GET / HTTP/1.1\r\nX: \(String(repeating: "a", count: 10_000))", in: 100) == .refused(.headersTooLarge))
    }

    @Test func knowsWhenTheConnectionEnds() throws {
        guard case let .complete(closing, _) = parse("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n"),
              case let .complete(old, _) = parse("GET / HTTP/1.0\r\n\r\n"),
              case let .complete(withBody, _) = parse("GET / HTTP/1.1\r\nContent-Length: 5\r\n\r\n") else {
            Issue.record("no head")
            return
        }
        #expect(!closing.keepsAlive)
        #expect(!old.keepsAlive)
        #expect(withBody.declaresBody)
    }
}
