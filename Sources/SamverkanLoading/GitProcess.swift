import Foundation
import Synchronization

/// One run of git, without a shell: the executable found in `PATH`, standard input from
/// /dev/null, no pager, no system configuration, messages in English (`LC_ALL=C`), and a deadline
/// after which git is stopped, so a build can never hang on it.
struct GitProcess {
    struct Outcome {
        var status: Int32
        var output: [UInt8]
        var errorOutput: [UInt8]
    }

    enum Failure: Error {
        /// No `git` in `PATH`.
        case missing
        case notStarted(String)
        case timedOut
    }

    var environment: [String: String]
    var timeout: Duration

    /// The first `git` that can be run in an absolute folder of `PATH` (a relative one could name
    /// the content folder itself).
    var executable: String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where folder.hasPrefix("/") {
            let candidate = String(folder) + "/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// git's own settings from the environment are left out (`GIT_DIR` would point it elsewhere).
    var gitEnvironment: [String: String] {
        var clean = environment.filter { !$0.key.hasPrefix("GIT_") }
        clean["GIT_PAGER"] = "cat"
        clean["PAGER"] = "cat"
        clean["GIT_CONFIG_NOSYSTEM"] = "1"
        clean["GIT_TERMINAL_PROMPT"] = "0"
        clean["GIT_OPTIONAL_LOCKS"] = "0"
        clean["LC_ALL"] = "C"
        return clean
    }

    func run(_ arguments: [String], in folder: String) -> Result<Outcome, Failure> {
        guard let executable else { return .failure(.missing) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-C", folder] + arguments
        process.environment = gitEnvironment
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
        // Both pipes are read while git runs, so a large log never fills a pipe and stalls it.
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
