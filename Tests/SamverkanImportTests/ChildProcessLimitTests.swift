import Foundation
import SamverkanLoading
import Testing

/// `ChildProcess.run` with an output limit: a program that writes without end is killed as soon
/// as it passes the limit (not at the deadline), and a file opened by the caller is its input.
@Suite struct ChildProcessLimitTests {
    /// 5 MB, then a wait of 30 s: past 1 MB the program is killed at once, not at the 10 s deadline.
    /// (Bounded on purpose: a test of a limit must not itself need memory without limit.)
    @Test func aProgramWritingPastTheLimitIsStoppedAtOnce() {
        let started = ContinuousClock.now
        let result = ChildProcess.run("/bin/sh", ["-c", "head -c 5000000 /dev/zero; exec sleep 30"], input: nil,
                                      outputLimit: 1 << 20, timeout: .seconds(10))
        guard case .failure(.outputTooLarge) = result else {
            Issue.record("expected .outputTooLarge, got \(result)")
            return
        }
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test func standardErrorIsBoundedToo() {
        let started = ContinuousClock.now
        let result = ChildProcess.run("/bin/sh", ["-c", "head -c 5000000 /dev/zero >&2; exec sleep 30"], input: nil,
                                      outputLimit: 1 << 20, timeout: .seconds(10))
        guard case .failure(.outputTooLarge) = result else {
            Issue.record("expected .outputTooLarge, got \(result)")
            return
        }
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test func outputUpToTheLimitIsKept() throws {
        let result = ChildProcess.run("/bin/sh", ["-c", "head -c 100000 /dev/zero"], input: nil, outputLimit: 100_000, timeout: .seconds(30))
        let outcome = try result.get()
        #expect(outcome.status == 0)
        #expect(outcome.output.count == 100_000)
    }

    @Test func anOpenFileIsTheStandardInput() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.write(Array("rad ett\nrad två\n".utf8), to: "input.txt")
        let handle = try #require(FileHandle(forReadingAtPath: path))
        defer { try? handle.close() }
        let outcome = try ChildProcess.run("/bin/cat", [], input: handle.fileDescriptor, outputLimit: 1 << 20, timeout: .seconds(30)).get()
        #expect(String(decoding: outcome.output, as: UTF8.self) == "rad ett\nrad två\n")
    }
}
