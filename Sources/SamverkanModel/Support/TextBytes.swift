#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hashing and comparing long texts by their UTF-8 bytes. `String`'s own `==` and `hash(into:)`
/// follow Unicode canonical equivalence and so normalise non-ASCII text on every call, which made
/// hashing the content's files most of a preview rebuild. For a cache key, byte equality is what is
/// wanted anyway: a file whose bytes changed is a changed file.
public enum TextBytes {
    public static func hash(_ text: String, into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(text.utf8.count)
    }

    public static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let count = lhs.utf8.count
        guard count == rhs.utf8.count else { return false }
        guard count > 0 else { return true }
        var lhs = lhs, rhs = rhs
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                guard let a = left.baseAddress, let b = right.baseAddress else { return left.elementsEqual(right) }
                return a == b || memcmp(a, b, count) == 0
            }
        }
    }
}
