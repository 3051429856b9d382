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
    /// A `Meeting` inside the value enters it as its own digest (a Merkle tree): the same digest
    /// whether that was computed here or given in `meetingDigests`, which spares a build that digests
    /// every meeting page encoding each meeting three times (as itself and as its neighbours').
    ///
    /// A value whose `encode(to:)` throws (this encoder never does; only a hand-written conformance
    /// could) gets a random digest, which no remembered digest matches: its page is made anew.
    public var stableDigest: StableDigest {
        stableDigest(meetingDigests: [:])
    }

    /// `stableDigest`, taking each meeting's digest from `meetingDigests` (by the meeting object)
    /// when it is there. The caller vouches that they are those meetings' `stableDigest`.
    package func stableDigest(meetingDigests: [ObjectIdentifier: StableDigest]) -> StableDigest {
        let sink = StableDigestSink(meetingDigests: meetingDigests)
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
/// its payload. Strings are added with their length (as `StableHasher.add(_:)` adds them), keys by
/// name, packed with their length into the event's own word and the next (so a field left out by
/// `encodeIfPresent` cannot be taken for another), and every value encoded inside
/// a container is closed by an end marker, since a container is never told that it is finished.
/// The depth tells a nested container's keys from its parent's (`nestedContainer`, which no end
/// marker can follow). Both assume what synthesized code does: a nested container is filled before
/// its parent takes its next key or element.
final class StableDigestSink {
    enum Tag: UInt8 {
        case string = 1, bool, int, int8, int16, int32, int64, int128, uint, uint8, uint16, uint32, uint64, uint128
        case double, float, null, key, keyedContainer, unkeyedContainer, singleValueContainer, superEncoder, end
        case meeting
    }

    /// Unchecked: only the one encoding that made the sink uses it, on one thread.
    @exclusivity(unchecked) var hasher = StableHasher()
    let meetingDigests: [ObjectIdentifier: StableDigest]

    /// The keyed containers made so far, by their key type and depth, in a small open-addressing
    /// table (`Dictionary` hashes with SipHash, too slow here): a value of a type asks for one each
    /// time, and making a `KeyedEncodingContainer` anew (its box, and the generic types' metadata
    /// looked up at run time) cost more than all the hashing.
    @exclusivity(unchecked) private var keyedContainers = [KeyedContainerSlot?](repeating: nil, count: 64)

    private struct KeyedContainerSlot {
        var keyType: ObjectIdentifier
        var depth: Int
        var container: AnyObject
    }

    init(meetingDigests: [ObjectIdentifier: StableDigest]) {
        self.meetingDigests = meetingDigests
    }

    /// A keyed container at `depth`, made once and then handed out again (it holds no state of its
    /// own: everything goes into the hasher).
    func keyedContainer<Key: CodingKey>(_ keyType: Key.Type, _ depth: Int) -> KeyedEncodingContainer<Key> {
        let type = ObjectIdentifier(keyType)
        let mask = keyedContainers.count - 1
        var index = Int(truncatingIfNeeded: (UInt(bitPattern: type) >> 4 ^ UInt(bitPattern: depth) &* 0x9E37_79B9)) & mask
        for _ in 0..<8 {
            guard let slot = keyedContainers[index] else {
                let container = KeyedEncodingContainer(StableDigestKeyedContainer<Key>(sink: self, depth: depth))
                keyedContainers[index] = KeyedContainerSlot(keyType: type, depth: depth, container: unsafeBitCast(container, to: AnyObject.self))
                return container
            }
            if slot.keyType == type && slot.depth == depth {
                return unsafeBitCast(slot.container, to: KeyedEncodingContainer<Key>.self)
            }
            index = (index + 1) & mask
        }
        // A crowded neighbourhood (many key types at many depths): made anew, not kept.
        return KeyedEncodingContainer(StableDigestKeyedContainer<Key>(sink: self, depth: depth))
    }

    @inline(__always)
    func event(_ tag: Tag, _ depth: Int) {
        hasher.add(word: UInt64(tag.rawValue) | UInt64(truncatingIfNeeded: depth) &<< 8)
    }

    @inline(__always)
    func event(_ tag: Tag, _ depth: Int, _ payload: UInt64) {
        event(tag, depth)
        hasher.add(word: payload)
    }

    /// A key's name, length first, packed into words: one word for most (`title`, `location`), and
    /// without the per-string overhead of `StableHasher.add(_:)` — the most frequent event of all.
    func key(_ key: some CodingKey, _ depth: Int) {
        let name = key.stringValue
        let added: Void? = name.utf8.withContiguousStorageIfAvailable { keyName($0, depth) }
        if added == nil { Array(name.utf8).withUnsafeBufferPointer { keyName($0, depth) } }
    }

    private func keyName(_ bytes: UnsafeBufferPointer<UInt8>, _ depth: Int) {
        hasher.add(word: UInt64(Tag.key.rawValue) | UInt64(truncatingIfNeeded: depth) &<< 8
            | UInt64(truncatingIfNeeded: bytes.count) &<< 32)
        var word: UInt64 = 0, shift: UInt64 = 0
        for byte in bytes {
            word |= UInt64(byte) &<< shift
            shift += 8
            if shift == 64 {
                hasher.add(word: word)
                word = 0
                shift = 0
            }
        }
        if shift > 0 { hasher.add(word: word) }
    }

    /// A string: its UTF-8 bytes and their count, as `StableHasher.add(_:)` adds them, read in place.
    func string(_ value: String, _ depth: Int) {
        event(.string, depth)
        let added: Void? = value.utf8.withContiguousStorageIfAvailable { hasher.add(buffer: UnsafeRawBufferPointer($0)) }
        if added == nil { hasher.add(value) }
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
    /// of the type, so just as unambiguous, and faster. A meeting is added as its digest.
    func value<T: Encodable>(_ value: T, _ depth: Int) throws {
        if T.self == String.self {
            string(unsafeBitCast(value, to: String.self), depth)
        } else if T.self == Int.self {
            signed(.int, unsafeBitCast(value, to: Int.self), depth)
        } else if T.self == Bool.self {
            event(.bool, depth, unsafeBitCast(value, to: Bool.self) ? 1 : 0)
        } else if T.self == Meeting.self {
            let meeting = unsafeBitCast(value, to: Meeting.self)
            let digest = meetingDigests[ObjectIdentifier(meeting)] ?? meeting.stableDigest
            event(.meeting, depth, digest.high)
            hasher.add(word: digest.low)
        } else {
            try value.encode(to: StableDigestEncoder(sink: self, depth: depth + 1))
            event(.end, depth)
        }
    }
}

/// An `Encoder` that feeds a `StableDigestSink` instead of writing anything (`Encodable.stableDigest`).
/// It never throws, and keeps no coding path: nothing reads one. It and its containers hold the
/// sink unowned (no reference counting per event): they live only inside the `encode(to:)` call that
/// `stableDigest` makes, which keeps the sink.
struct StableDigestEncoder: Encoder {
    unowned(unsafe) let sink: StableDigestSink
    let depth: Int

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.event(.keyedContainer, depth)
        return sink.keyedContainer(type, depth)
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
    unowned(unsafe) let sink: StableDigestSink
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

    /// As the protocol's own (nothing when nil), without its run-time look-up of `Optional<T>`.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        guard let value else { return }
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
    unowned(unsafe) let sink: StableDigestSink
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
    unowned(unsafe) let sink: StableDigestSink
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
