#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// An exclusive `flock` on the lock file beside the output folder, held for a whole publish, so
/// that two builds (or a build and `samverkan serve`) never write one output folder at once. The
/// kernel releases it when the process dies; the file itself is never deleted, since deleting a
/// lock file lets a third process lock a new file while the second still holds the old one.
struct OutputLock: Sendable {
    private let descriptor: Int32

    /// Waits up to `timeout` for the lock, polling; then fails with a message that says what to do.
    static func acquire(_ location: OutputLocation, operations: any FileOperations,
                        timeout: Duration) throws(OutputError) -> OutputLock {
        let descriptor: Int32
        do throws(SystemCallError) {
            descriptor = try operations.openLockFile(location.lockPath)
        } catch {
            throw OutputError(path: location.lockPath, reason: "låsfilen kan inte skapas: \(error)")
                .withHint("samverkan behöver kunna skriva i mappen där utmappen ligger, \(location.parent)")
        }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return OutputLock(descriptor: descriptor) }
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                close(descriptor)
                throw OutputError(path: location.lockPath, reason: "låset kan inte tas: \(SystemCallError(code: code))")
            }
            guard clock.now < deadline else {
                close(descriptor)
                throw OutputError(path: location.given,
                                  reason: "ett annat bygge skriver just nu till \(location.given) (låset \(location.lockPath) "
                                      + "var upptaget i \(timeout.components.seconds) s)")
                    .withHint("vänta tills det är klart och bygg igen, eller avsluta det andra bygget "
                        + "(kanske en förhandsvisning av samma mapp)")
            }
            usleep(20_000)
        }
    }

    func release() {
        close(descriptor)
    }
}
