#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// Which program is running, as a digest of its own executable's bytes: another version of
/// samverkan may make other HTML from the same data, so what one build records of its pages is only
/// used by a build of the very same program.
enum ProgramIdentity {
    /// `nil` when the executable cannot be read: then nothing recorded is used.
    static let digest: StableDigest? = digest(ofFileAt: "/proc/self/exe")

    static func digest(ofFileAt path: String) -> StableDigest? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var hasher = StableHasher()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        var total = 0
        while true {
            guard let base = chunk.baseAddress else { return nil }
            let count = read(descriptor, base, chunk.count)
            if count < 0, errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { break }
            hasher.add(buffer: UnsafeRawBufferPointer(rebasing: chunk[0 ..< count]))
            total += count
        }
        return total > 0 ? hasher.finish() : nil
    }
}
