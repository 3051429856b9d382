extension Encodable {
    /// A digest of the value that is the same in every process (see `StableHasher`): what a build
    /// remembers beside the site to know, in the next build, that a page's inputs did not change.
    ///
    /// Made by the value's own `encode(to:)` — for a synthesized conformance every stored property,
    /// so a field added later is counted without anyone remembering to — fed to a `StableHasher`
    /// event by event, never written out. Two values of one type have the same digest only when
    /// they encode the same events: the same strings (byte by byte, so stricter than `String`'s
    /// `==`), numbers, keys and nesting.
    ///
    /// A value whose `encode(to:)` throws (this encoder never does; only a hand-written conformance
    /// could) gets a random digest, which no remembered digest matches: its page is made anew.
    public var stableDigest: StableDigest {
        let sink = StableDigestSink()
        do {
            try encode(to: StableDigestEncoder(sink: sink, depth: 0))
        } catch {
            var random = SystemRandomNumberGenerator()
            return StableDigest(high: random.next(), low: random.next())
        }
        return sink.hasher.finish()
    }
}

/// The `StableHasher` that an encoding of one value feeds, shared by every container of it (one
/// object per digest; the containers themselves are structs).
///
/// Every event is one word: its kind in the low byte and the depth of its container above it, then
/// its payload. Strings are added with their length (`StableHasher.add(_:)`), keys by name (so a
/// field left out by `encodeIfPresent` cannot be taken for another), and every value encoded inside
/// a container is closed by an end marker, since a container is never told that it is finished.
/// The depth tells a nested container's keys from its parent's (`nestedContainer`, which no end
/// marker can follow). Both assume what synthesized code does: a nested container is filled before
/// its parent takes its next key or element.
final class StableDigestSink {
    enum Tag: UInt8 {
        case string = 1, bool, int, int8, int16, int32, int64, int128, uint, uint8, uint16, uint32, uint64, uint128
        case double, float, null, key, keyedContainer, unkeyedContainer, singleValueContainer, superEncoder, end
    }

    var hasher = StableHasher()

    @inline(__always)
    func event(_ tag: Tag, _ depth: Int) {
        hasher.add(word: UInt64(tag.rawValue) | UInt64(truncatingIfNeeded: depth) &<< 8)
    }

    @inline(__always)
    func event(_ tag: Tag, _ depth: Int, _ payload: UInt64) {
        event(tag, depth)
        hasher.add(word: payload)
    }

    func key(_ key: some CodingKey, _ depth: Int) {
        event(.key, depth)
        hasher.add(key.stringValue)
    }

    func string(_ value: String, _ depth: Int) {
        event(.string, depth)
        hasher.add(value)
    }

    @inline(__always)
    func signed(_ tag: Tag, _ value: some FixedWidthInteger & SignedInteger, _ depth: Int) {
        event(tag, depth, UInt64(bitPattern: Int64(value)))
    }

    @inline(__always)
    func unsigned(_ tag: Tag, _ value: some FixedWidthInteger & UnsignedInteger, _ depth: Int) {
        event(tag, depth, UInt64(value))
    }

    func wide(_ tag: Tag, low: UInt64, high: UInt64, _ depth: Int) {
        event(tag, depth, low)
        hasher.add(word: high)
    }

    /// A value inside a container at `depth`: its own events one level deeper, then the end marker.
    /// Strings, integers and booleans (the elements of most arrays) are added as they are, without
    /// the single-value container their own `encode(to:)` would ask for: the same for every value
    /// of the type, so just as unambiguous, and faster.
    func value<T: Encodable>(_ value: T, _ depth: Int) throws {
        if T.self == String.self {
            string(unsafeBitCast(value, to: String.self), depth)
        } else if T.self == Int.self {
            signed(.int, unsafeBitCast(value, to: Int.self), depth)
        } else if T.self == Bool.self {
            event(.bool, depth, unsafeBitCast(value, to: Bool.self) ? 1 : 0)
        } else {
            try value.encode(to: StableDigestEncoder(sink: self, depth: depth + 1))
            event(.end, depth)
        }
    }
}

/// An `Encoder` that feeds a `StableDigestSink` instead of writing anything (`Encodable.stableDigest`).
/// It never throws, and keeps no coding path: nothing reads one.
struct StableDigestEncoder: Encoder {
    let sink: StableDigestSink
    let depth: Int

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.event(.keyedContainer, depth)
        return KeyedEncodingContainer(StableDigestKeyedContainer<Key>(sink: sink, depth: depth))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.event(.unkeyedContainer, depth)
        return StableDigestUnkeyedContainer(sink: sink, depth: depth)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        sink.event(.singleValueContainer, depth)
        return StableDigestSingleValueContainer(sink: sink, depth: depth)
    }
}

struct StableDigestKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: StableDigestSink
    let depth: Int

    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) {
        sink.key(key, depth)
        sink.event(.null, depth)
    }

    mutating func encode(_ value: Bool, forKey key: Key) {
        sink.key(key, depth)
        sink.event(.bool, depth, value ? 1 : 0)
    }

    mutating func encode(_ value: String, forKey key: Key) {
        sink.key(key, depth)
        sink.string(value, depth)
    }

    mutating func encode(_ value: Double, forKey key: Key) {
        sink.key(key, depth)
        sink.event(.double, depth, value.bitPattern)
    }

    mutating func encode(_ value: Float, forKey key: Key) {
        sink.key(key, depth)
        sink.event(.float, depth, UInt64(value.bitPattern))
    }

    mutating func encode(_ value: Int, forKey key: Key) {
        sink.key(key, depth)
        sink.signed(.int, value, depth)
    }

    mutating func encode(_ value: Int8, forKey key: Key) {
        sink.key(key, depth)
        sink.signed(.int8, value, depth)
    }

    mutating func encode(_ value: Int16, forKey key: Key) {
        sink.key(key, depth)
        sink.signed(.int16, value, depth)
    }

    mutating func encode(_ value: Int32, forKey key: Key) {
        sink.key(key, depth)
        sink.signed(.int32, value, depth)
    }

    mutating func encode(_ value: Int64, forKey key: Key) {
        sink.key(key, depth)
        sink.signed(.int64, value, depth)
    }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: Int128, forKey key: Key) {
        sink.key(key, depth)
        sink.wide(.int128, low: UInt64(truncatingIfNeeded: value), high: UInt64(truncatingIfNeeded: value >> 64), depth)
    }

    mutating func encode(_ value: UInt, forKey key: Key) {
        sink.key(key, depth)
        sink.unsigned(.uint, value, depth)
    }

    mutating func encode(_ value: UInt8, forKey key: Key) {
        sink.key(key, depth)
        sink.unsigned(.uint8, value, depth)
    }

    mutating func encode(_ value: UInt16, forKey key: Key) {
        sink.key(key, depth)
        sink.unsigned(.uint16, value, depth)
    }

    mutating func encode(_ value: UInt32, forKey key: Key) {
        sink.key(key, depth)
        sink.unsigned(.uint32, value, depth)
    }

    mutating func encode(_ value: UInt64, forKey key: Key) {
        sink.key(key, depth)
        sink.unsigned(.uint64, value, depth)
    }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: UInt128, forKey key: Key) {
        sink.key(key, depth)
        sink.wide(.uint128, low: UInt64(truncatingIfNeeded: value), high: UInt64(truncatingIfNeeded: value >> 64), depth)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        sink.key(key, depth)
        try sink.value(value, depth)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        sink.key(key, depth)
        return StableDigestEncoder(sink: sink, depth: depth + 1).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        sink.key(key, depth)
        return StableDigestEncoder(sink: sink, depth: depth + 1).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        sink.event(.superEncoder, depth)
        return StableDigestEncoder(sink: sink, depth: depth + 1)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        sink.key(key, depth)
        sink.event(.superEncoder, depth)
        return StableDigestEncoder(sink: sink, depth: depth + 1)
    }
}

struct StableDigestUnkeyedContainer: UnkeyedEncodingContainer {
    let sink: StableDigestSink
    let depth: Int
    private(set) var count = 0

    init(sink: StableDigestSink, depth: Int) {
        self.sink = sink
        self.depth = depth
    }

    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() {
        count += 1
        sink.event(.null, depth)
    }

    mutating func encode(_ value: Bool) {
        count += 1
        sink.event(.bool, depth, value ? 1 : 0)
    }

    mutating func encode(_ value: String) {
        count += 1
        sink.string(value, depth)
    }

    mutating func encode(_ value: Double) {
        count += 1
        sink.event(.double, depth, value.bitPattern)
    }

    mutating func encode(_ value: Float) {
        count += 1
        sink.event(.float, depth, UInt64(value.bitPattern))
    }

    mutating func encode(_ value: Int) {
        count += 1
        sink.signed(.int, value, depth)
    }

    mutating func encode(_ value: Int8) {
        count += 1
        sink.signed(.int8, value, depth)
    }

    mutating func encode(_ value: Int16) {
        count += 1
        sink.signed(.int16, value, depth)
    }

    mutating func encode(_ value: Int32) {
        count += 1
        sink.signed(.int32, value, depth)
    }

    mutating func encode(_ value: Int64) {
        count += 1
        sink.signed(.int64, value, depth)
    }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: Int128) {
        count += 1
        sink.wide(.int128, low: UInt64(truncatingIfNeeded: value), high: UInt64(truncatingIfNeeded: value >> 64), depth)
    }

    mutating func encode(_ value: UInt) {
        count += 1
        sink.unsigned(.uint, value, depth)
    }

    mutating func encode(_ value: UInt8) {
        count += 1
        sink.unsigned(.uint8, value, depth)
    }

    mutating func encode(_ value: UInt16) {
        count += 1
        sink.unsigned(.uint16, value, depth)
    }

    mutating func encode(_ value: UInt32) {
        count += 1
        sink.unsigned(.uint32, value, depth)
    }

    mutating func encode(_ value: UInt64) {
        count += 1
        sink.unsigned(.uint64, value, depth)
    }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: UInt128) {
        count += 1
        sink.wide(.uint128, low: UInt64(truncatingIfNeeded: value), high: UInt64(truncatingIfNeeded: value >> 64), depth)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        count += 1
        try sink.value(value, depth)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        count += 1
        return StableDigestEncoder(sink: sink, depth: depth + 1).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        count += 1
        return StableDigestEncoder(sink: sink, depth: depth + 1).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        count += 1
        sink.event(.superEncoder, depth)
        return StableDigestEncoder(sink: sink, depth: depth + 1)
    }
}

struct StableDigestSingleValueContainer: SingleValueEncodingContainer {
    let sink: StableDigestSink
    let depth: Int

    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { sink.event(.null, depth) }
    mutating func encode(_ value: Bool) { sink.event(.bool, depth, value ? 1 : 0) }
    mutating func encode(_ value: String) { sink.string(value, depth) }
    mutating func encode(_ value: Double) { sink.event(.double, depth, value.bitPattern) }
    mutating func encode(_ value: Float) { sink.event(.float, depth, UInt64(value.bitPattern)) }
    mutating func encode(_ value: Int) { sink.signed(.int, value, depth) }
    mutating func encode(_ value: Int8) { sink.signed(.int8, value, depth) }
    mutating func encode(_ value: Int16) { sink.signed(.int16, value, depth) }
    mutating func encode(_ value: Int32) { sink.signed(.int32, value, depth) }
    mutating func encode(_ value: Int64) { sink.signed(.int64, value, depth) }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: Int128) {
        sink.wide(.int128, low: UInt64(truncatingIfNeeded: value), high: UInt64(truncatingIfNeeded: value >> 64), depth)
    }

    mutating func encode(_ value: UInt) { sink.unsigned(.uint, value, depth) }
    mutating func encode(_ value: UInt8) { sink.unsigned(.uint8, value, depth) }
    mutating func encode(_ value: UInt16) { sink.unsigned(.uint16, value, depth) }
    mutating func encode(_ value: UInt32) { sink.unsigned(.uint32, value, depth) }
    mutating func encode(_ value: UInt64) { sink.unsigned(.uint64, value, depth) }

    @available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
    mutating func encode(_ value: UInt128) {
        sink.wide(.uint128, low: UInt64(truncatingIfNeeded: value), high: UInt64(truncatingIfNeeded: value >> 64), depth)
    }

    mutating func encode<T: Encodable>(_ value: T) throws { try sink.value(value, depth) }
}
