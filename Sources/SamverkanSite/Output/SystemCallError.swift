#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// A failed system call, as its `errno`.
struct SystemCallError: Error, Sendable, Hashable, CustomStringConvertible {
    var code: Int32

    init(code: Int32) {
        self.code = code
    }

    /// The error of the call that just failed.
    static var current: SystemCallError { SystemCallError(code: errno) }

    /// Throws the current `errno` unless `result` is 0.
    static func check(_ result: Int32) throws(SystemCallError) {
        if result != 0 { throw current }
    }

    var description: String { String(cString: strerror(code)) }
}
