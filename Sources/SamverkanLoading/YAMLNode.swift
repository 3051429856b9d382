import SamverkanModel

/// A YAML value with where it was written: what front matter is read into before it is typed.
///
/// The generator's own tree, so the YAML library stays behind one interface (`FrontMatterParser`)
/// and every field can be pointed at by line and column.
public struct YAMLNode: Sendable, Hashable {
    public indirect enum Kind: Sendable, Hashable {
        /// The scalar's text as written; `isPlain` is false for quoted and block scalars.
        case scalar(String, isPlain: Bool)
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    public var kind: Kind
    /// Line and column within the YAML text, from 1.
    public var line: Int
    public var column: Int

    public init(_ kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// True for an empty plain scalar, `~` and `null`.
    public var isNull: Bool {
        if case let .scalar(text, isPlain: true) = kind {
            switch text {
            case "", "~", "null", "Null", "NULL": return true
            default: return false
            }
        }
        return false
    }
}

public struct YAMLPair: Sendable, Hashable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
