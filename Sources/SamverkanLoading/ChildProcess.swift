import Foundation

/// One run of a helper program (git, pandoc) without a shell: standard input from /dev/null (or a
/// file the caller opened), both outputs read while it runs (so a large output never fills a pipe
/// and stalls it), and a deadline after which it is stopped, then killed, so nothing can hang the
/// run that started it. An output can be bounded: past its limit the program is killed. It runs
/// through `SpawnedProgram` (posix_spawn, poll, waitpid), not Foundation's `Process`, whose end of
/// a child can be lost where no loopback socket can be made.
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

    /// What a run with an output limit can fail with: the failures of every run, or an output
    /// (standard output or standard error) that grew past the limit, after which the program was
    /// killed and what it wrote thrown away.
    package enum LimitedFailure: Error, Sendable {
        case failed(Failure)
        case outputTooLarge
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
        run(executable, arguments, environment: environment, input: nil, outputLimit: nil, timeout: timeout).result
    }

    /// As `run(_:_:environment:timeout:)`, with the descriptor `input` (a file the caller opened
    /// and keeps open until this returns; nil: /dev/null) as the program's standard input, and at
    /// most `outputLimit` bytes taken from each of its outputs.
    package static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                            input: Int32?, outputLimit: Int, timeout: Duration) -> Result<Outcome, LimitedFailure> {
        let (result, overflowed) = run(executable, arguments, environment: environment, input: input,
                                       outputLimit: outputLimit, timeout: timeout)
        if overflowed { return .failure(.outputTooLarge) }
        return result.mapError { .failed($0) }
    }

    private static func run(_ executable: String, _ arguments: [String], environment: [String: String]?,
                            input: Int32?, outputLimit: Int?,
                            timeout: Duration) -> (result: Result<Outcome, Failure>, overflowed: Bool) {
        let program = SpawnedProgram(executable: executable, arguments: arguments, environment: environment,
                                     standardInput: input, timeout: timeout, outputLimit: outputLimit ?? Int.max)
        switch program.run() {
        case let .exited(status, output, errorOutput):
            return (.success(Outcome(status: status, output: output, errorOutput: errorOutput)), false)
        case let .notStarted(reason):
            return (.failure(.notStarted(reason)), false)
        case .timedOut:
            return (.failure(.timedOut), false)
        case .outputTooLarge:
            return (.failure(.timedOut), true)
        }
    }
}
