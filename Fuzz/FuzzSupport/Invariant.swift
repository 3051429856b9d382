#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A property every input must keep. A broken one aborts the process, which libFuzzer records as a
/// crash and saves the input for.
public enum Invariant {
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        let line = "fuzz invariant broken: \(message())\n"
        let bytes = Array(line.utf8)
        bytes.withUnsafeBytes { buffer in
            _ = write(2, buffer.baseAddress, buffer.count)
        }
        abort()
    }
}
