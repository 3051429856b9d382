#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of a program with `posix_spawn`, its two outputs read with `poll` and its end with
/// `waitpid`: no run loop, no thread and no socket of Foundation's `Process`, which on Linux loses
/// a child's end when it cannot make its loopback wake-up socket (a build in a network namespace
/// without `lo`, as the adversarial suite and some CI sandboxes run) and then waits for ever.
///
/// The program runs in a process group of its own, so that at the deadline or the output limit
/// the whole group (git's or pandoc's own helpers too) is killed.
struct SpawnedProgram {
    enum End {
        case exited(status: Int32, output: [UInt8], errorOutput: [UInt8])
        case notStarted(String)
        case timedOut
        case outputTooLarge
    }

    var executable: String
    var arguments: [String]
    /// nil: the environment of this process.
    var environment: [String: String]?
    /// A descriptor the program reads as its standard input; nil: `/dev/null`.
    var standardInput: Int32?
    var timeout: Duration
    /// Bytes taken from each output at most; past that the program is killed.
    var outputLimit: Int

    func run() -> End {
        var outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1]
        guard Self.makePipe(&outputPipe) else { return .notStarted(Self.describe(errno)) }
        guard Self.makePipe(&errorPipe) else {
            close(outputPipe[0]); close(outputPipe[1])
            return .notStarted(Self.describe(errno))
        }
        let started = spawn(output: outputPipe[1], errorOutput: errorPipe[1])
        close(outputPipe[1])
        close(errorPipe[1])
        defer { close(outputPipe[0]); close(errorPipe[0]) }
        guard case let .started(pid) = started else {
            if case let .failed(reason) = started { return .notStarted(reason) }
            return .notStarted("")
        }
        let deadline = ContinuousClock.now + timeout
        var streams = [Stream(descriptor: outputPipe[0]), Stream(descriptor: errorPipe[0])]
        while streams.contains(where: { !$0.finished }) {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { return stop(pid, .timedOut) }
            var polled = streams.map { pollfd(fd: $0.finished ? -1 : $0.descriptor, events: Int16(POLLIN), revents: 0) }
            let milliseconds = Int32(clamping: remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000 + 1)
            let ready = poll(&polled, nfds_t(polled.count), milliseconds)
            if ready < 0 && errno != EINTR { return stop(pid, .notStarted(Self.describe(errno))) }
            for index in streams.indices where polled[index].revents != 0 {
                streams[index].readAvailable()
                if streams[index].bytes.count > outputLimit { return stop(pid, .outputTooLarge) }
            }
        }
        // Both outputs closed: the program has ended, or is about to.
        while true {
            var status: Int32 = 0
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { return .exited(status: Self.exitStatus(status), output: streams[0].bytes, errorOutput: streams[1].bytes) }
            if reaped < 0 && errno != EINTR { return .exited(status: -1, output: streams[0].bytes, errorOutput: streams[1].bytes) }
            guard ContinuousClock.now < deadline else { return stop(pid, .timedOut) }
            usleep(1000)
        }
    }

    /// Kills the program's group and reaps it, so that nothing it started outlives the run.
    private func stop(_ pid: pid_t, _ end: End) -> End {
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return end
    }

    private enum Spawn {
        case started(pid_t)
        case failed(String)
    }

    /// A pipe whose ends the program does not inherit (only the copies made for it).
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        return true
    }

    private func spawn(output: Int32, errorOutput: Int32) -> Spawn {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        if let standardInput {
            posix_spawn_file_actions_adddup2(&actions, standardInput, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, errorOutput, 2)
        // Its own process group, every signal at its default and none blocked.
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        let environmentLines = (environment ?? Self.currentEnvironment()).map { $0.key + "=" + $0.value }.sorted()
        var argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environmentLines.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, &argv, &envp)
        return result == 0 ? .started(pid) : .failed(Self.describe(result))
    }

    private static func currentEnvironment() -> [String: String] {
        var values: [String: String] = [:]
        var pointer = environ
        while let line = pointer.pointee {
            let text = String(cString: line)
            if let equals = text.firstIndex(of: "=") { values[String(text[..<equals])] = String(text[text.index(after: equals)...]) }
            pointer += 1
        }
        return values
    }

    /// The exit code, or 128 + the signal that ended it, as a shell says.
    private static func exitStatus(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// One output of the program, read as it comes.
    private struct Stream {
        let descriptor: Int32
        var bytes: [UInt8] = []
        var finished = false

        init(descriptor: Int32) {
            self.descriptor = descriptor
        }

        mutating func readAvailable() {
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: buffer[0..<count])
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                finished = true
            }
        }
    }
}
