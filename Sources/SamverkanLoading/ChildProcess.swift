import Foundation
import Synchronization

/// One run of a helper program (git, pandoc) without a shell: standard input from /dev/null, both
/// outputs read while it runs (so a large output never fills a pipe and stalls it), and a deadline
/// after which it is stopped, then killed, so nothing can hang the run that started it.
package enum ChildProcess {
    package struct Outcome: Sendable {
        package var status: Int32
        package var output: [UInt8]
        package var errorOutput: [UInt8]
    }

    package enum Failure: Error, Sendable {
        /// The program is not in `PATH`.
        case missing
        case notStarted(String)
        case timedOut
    }

    /// The first `name` that can be run in an absolute folder of `PATH` (a relative one could name
    /// the content folder itself).
    package static func executable(named name: String, environment: [String: String]) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where folder.hasPrefix("/") {
            let candidate = String(folder) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    package static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                            timeout: Duration) -> Result<Outcome, Failure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        let output = Pipe(), errorOutput = Pipe()
        process.standardOutput = output
        process.standardError = errorOutput
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .failure(.notStarted(error.localizedDescription))
        }
        let collected = Collected()
        let reading = DispatchGroup()
        for (pipe, isError) in [(output, false), (errorOutput, true)] {
            let handle = pipe.fileHandleForReading
            DispatchQueue.global().async(group: reading) {
                let data = handle.readDataToEndOfFile()
                collected.store(Array(data), isError: isError)
            }
        }
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            _ = reading.wait(timeout: .now() + 2)
            return .failure(.timedOut)
        }
        guard reading.wait(timeout: .now() + seconds) == .success else { return .failure(.timedOut) }
        let (out, err) = collected.bytes
        return .success(Outcome(status: process.terminationStatus, output: out, errorOutput: err))
    }

    /// What the two reading threads hand back.
    private final class Collected: Sendable {
        private let state = Mutex<(output: [UInt8], errorOutput: [UInt8])>(([], []))

        func store(_ bytes: [UInt8], isError: Bool) {
            state.withLock { state in
                if isError { state.errorOutput = bytes } else { state.output = bytes }
            }
        }

        var bytes: ([UInt8], [UInt8]) { state.withLock { ($0.output, $0.errorOutput) } }
    }
}
