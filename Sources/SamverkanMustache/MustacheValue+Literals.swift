/// Literals, for tests and small hand-built values: `["title": "Möte", "items": [1, 2]]`.
extension MustacheValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral {
    /// `"text"` is `.string`.
    public init(stringLiteral value: String) {
        self = .string(value)
    }

    /// `12` is `.int`.
    public init(integerLiteral value: Int) {
        self = .int(value)
    }

    /// `1.5` is `.double`.
    public init(floatLiteral value: Double) {
        self = .double(value)
    }

    /// `true` is `.bool`.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }

    /// `[a, b]` is `.list`.
    public init(arrayLiteral elements: MustacheValue...) {
        self = .list(elements)
    }

    /// An object with the fields in the order written.
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        self = .object(MustacheObject(elements.map { (MustacheSymbol($0.0), $0.1) }))
    }

    /// `nil` is `.null`.
    public init(nilLiteral: ()) {
        self = .null
    }
}
