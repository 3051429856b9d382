/// A fast 128-bit digest that is the same in every process and on every machine (unlike `Hasher`,
/// which is seeded anew for each run): what a build remembers beside the site to know, in the next
/// build, that a page's inputs or a file's bytes are what they were.
///
/// Not cryptographic: content authors can already write any page they like, so nobody gains from a
/// collision; two lanes of 64 bits, each mixing eight bytes at a time and finished with an avalanche,
/// make an accidental one negligible (about 2⁻¹²⁸ for two given inputs).
public struct StableHasher: Sendable {
    private var first: UInt64 = 0x243F_6A88_85A3_08D3
    private var second: UInt64 = 0x1319_8A2E_0370_7344
    private var length: UInt64 = 0

    public init() {}

    /// The digest of `bytes` alone.
    public static func digest(of bytes: some Sequence<UInt8>) -> StableDigest {
        var hasher = StableHasher()
        hasher.add(bytes: bytes)
        return hasher.finish()
    }

    public mutating func add(bytes: some Sequence<UInt8>) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { add(buffer: UnsafeRawBufferPointer($0)) }
        if handled == nil { add(buffer: Array(bytes)) }
    }

    public mutating func add(buffer bytes: [UInt8]) {
        bytes.withUnsafeBytes { add(buffer: $0) }
    }

    /// Adds the bytes and their count, so that `ab` then `c` differs from `a` then `bc`.
    public mutating func add(buffer bytes: UnsafeRawBufferPointer) {
        add(word: UInt64(bytes.count))
        var index = 0
        while index + 8 <= bytes.count {
            add(word: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        if index < bytes.count {
            var tail: UInt64 = 0
            for (shift, byteIndex) in (index ..< bytes.count).enumerated() {
                tail |= UInt64(bytes[byteIndex]) << UInt64(shift * 8)
            }
            add(word: tail ^ 0xFF00_0000_0000_0000)
        }
    }

    /// Adds a string's UTF-8 bytes and their count.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(buffer: UnsafeRawBufferPointer($0)) }
    }

    public mutating func add(word: UInt64) {
        length &+= 1
        first = (first ^ word) &* 0x9E37_79B9_7F4A_7C15
        first = (first << 31) | (first >> 33)
        second = (second &+ word) &* 0xC2B2_AE3D_27D4_EB4F
        second ^= second >> 29
    }

    public func finish() -> StableDigest {
        StableDigest(high: Self.avalanche(first ^ length &* 0xFF51_AFD7_ED55_8CCD ^ Self.avalanche(second)),
                     low: Self.avalanche(second &+ length ^ first))
    }

    /// MurmurHash3's finaliser: every input bit changes about half the output bits.
    private static func avalanche(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value &*= 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value &*= 0xC4CE_B9FE_1A85_EC53
        value ^= value >> 33
        return value
    }
}

/// A `StableHasher` digest: 128 bits, written as 32 lower-case hexadecimal digits.
public struct StableDigest: Sendable, Hashable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The digest written by `description`, or `nil` when `text` is not 32 hexadecimal digits.
    public init?(hex text: some StringProtocol) {
        guard text.utf8.count == 32, let high = UInt64(text.prefix(16), radix: 16),
              let low = UInt64(text.dropFirst(16), radix: 16) else { return nil }
        self.init(high: high, low: low)
    }

    public var description: String {
        func padded(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.utf8.count) + digits
        }
        return padded(high) + padded(low)
    }
}
