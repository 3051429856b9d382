import Foundation

/// A socket call that failed, with the system's reason.
struct SocketFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// The failed call and `errno` as the system words it.
    static func call(_ name: String, _ code: Int32 = errno) -> SocketFailure {
        SocketFailure("\(name) misslyckades: \(String(cString: strerror(code)))")
    }
}
