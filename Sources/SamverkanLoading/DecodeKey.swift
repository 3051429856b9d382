import SamverkanModel

/// What decoding a file depends on: which kind of file it is read as, and its path and text.
public struct DecodeKey: Hashable, Sendable {
    public var kind: String
    public var file: SourceFile
}

/// Decoded files of one build, for the next in the same process.
public typealias DecodeCache = ReuseCache<DecodeKey, any Sendable>
