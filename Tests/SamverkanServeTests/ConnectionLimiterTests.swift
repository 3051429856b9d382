import Foundation
import Testing
@testable import SamverkanServe

/// The cap's choices, on real socket pairs: the connection let go has its peer see the end.
@Suite struct ConnectionLimiterTests {
    /// A connected pair: the limiter gets `server`, the test watches `client`.
    struct Pair {
        let server: Int32
        let client: Int32

        init() throws {
            var ends: [Int32] = [0, 0]
            try #require(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &ends) == 0)
            server = ends[0]
            client = ends[1]
        }

        /// Whether the limiter shut the server end down.
        var wasLetGo: Bool {
            var byte: UInt8 = 0
            return recv(client, &byte, 1, Int32(MSG_DONTWAIT)) == 0
        }

        func close() {
            _ = Foundation.close(server)
            _ = Foundation.close(client)
        }
    }

    func admitted(_ admission: ConnectionLimiter.Admission) throws -> Int {
        guard case let .admitted(id) = admission else { throw CancellationError() }
        return id
    }

    @Test func makesRoomByLettingGoTheLongestWaiting() throws {
        let limiter = ConnectionLimiter(capacity: 2, answerProtection: .seconds(60))
        let pairs = try (0..<3).map { _ in try Pair() }
        defer { pairs.forEach { $0.close() } }
        let first = try admitted(limiter.admit(pairs[0].server))
        _ = try admitted(limiter.admit(pairs[1].server))
        _ = try admitted(limiter.admit(pairs[2].server))
        #expect(pairs.map(\.wasLetGo) == [true, false, false])
        #expect(limiter.openConnections == 2)
        #expect(!limiter.beginAnswering(first), "a connection let go must not be answered")
    }

    @Test func aLongPollGivesWayBeforeARequestBeingAnswered() throws {
        let limiter = ConnectionLimiter(capacity: 2, answerProtection: .seconds(60))
        let pairs = try (0..<4).map { _ in try Pair() }
        defer { pairs.forEach { $0.close() } }
        let working = try admitted(limiter.admit(pairs[0].server))
        let polling = try admitted(limiter.admit(pairs[1].server))
        #expect(limiter.beginAnswering(working))
        #expect(limiter.beginAnswering(polling, longPoll: true))
        _ = try admitted(limiter.admit(pairs[2].server))
        #expect(pairs.map(\.wasLetGo) == [false, true, false, false])
        // Now one request being answered and one new connection: the new one waits, so it goes.
        _ = try admitted(limiter.admit(pairs[3].server))
        #expect(pairs.map(\.wasLetGo) == [false, true, true, false])
    }

    @Test func refusesWhileEveryPlaceIsAnsweredWithinTheProtection() throws {
        let limiter = ConnectionLimiter(capacity: 1, answerProtection: .milliseconds(300))
        let pairs = try (0..<3).map { _ in try Pair() }
        defer { pairs.forEach { $0.close() } }
        let working = try admitted(limiter.admit(pairs[0].server))
        #expect(limiter.beginAnswering(working))
        #expect(limiter.admit(pairs[1].server) == .refused)
        #expect(!pairs[0].wasLetGo)
        Thread.sleep(forTimeInterval: 0.4)
        _ = try admitted(limiter.admit(pairs[2].server))
        #expect(pairs[0].wasLetGo)
    }

    @Test func stoppingEndsEveryConnectionAndRefusesNewOnes() throws {
        let limiter = ConnectionLimiter(capacity: 4, answerProtection: .seconds(1))
        let pairs = try (0..<3).map { _ in try Pair() }
        defer { pairs.forEach { $0.close() } }
        _ = try admitted(limiter.admit(pairs[0].server))
        _ = try admitted(limiter.admit(pairs[1].server))
        limiter.stopAll()
        #expect(limiter.admit(pairs[2].server) == .refused)
        #expect(pairs.map(\.wasLetGo) == [true, true, false])
    }
}
