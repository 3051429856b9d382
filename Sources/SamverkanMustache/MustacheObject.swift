/// A set of named fields, for `{{name}}` and `{{#name}}` to find.
///
/// Fields are kept as two parallel arrays, symbols and values, in the order they were added;
/// finding one is a linear scan over the symbols' integers, which for the ≤ 30 fields of a
/// page's objects is faster than hashing a string. A field that is present with `null` hides
/// the same name further out in the context stack (as in the spec); a field that is left out
/// does not, so leave out what is missing.
///
/// ```swift
/// var meeting = MustacheObject(capacity: 3)
/// meeting.append(Keys.title, .string(title))
/// meeting.append(Keys.decisions, .list(decisions.map(\.mustacheValue)))
/// if let location { meeting.append(Keys.location, .string(location)) }
/// ```
///
/// When two fields have the same symbol, the first one is found.
public struct MustacheObject: Sendable, Equatable {
    /// The fields' names, in order.
    public private(set) var symbols: [MustacheSymbol]
    /// The fields' values, in the same order as `symbols`.
    public private(set) var values: [MustacheValue]

    /// An empty object.
    public init() {
        symbols = []
        values = []
    }

    /// An empty object with room for `capacity` fields.
    public init(capacity: Int) {
        symbols = []
        values = []
        symbols.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// An object with these fields, in this order.
    public init(_ fields: [(MustacheSymbol, MustacheValue)]) {
        self.init(capacity: fields.count)
        for (symbol, value) in fields {
            symbols.append(symbol)
            values.append(value)
        }
    }

    /// An object from a shared array of symbols and its values (`symbols` may be a `static let`
    /// shared by every object of one kind). Extra entries in the longer array are ignored.
    public init(symbols: [MustacheSymbol], values: [MustacheValue]) {
        if symbols.count == values.count {
            self.symbols = symbols
            self.values = values
        } else {
            let count = min(symbols.count, values.count)
            self.symbols = Array(symbols.prefix(count))
            self.values = Array(values.prefix(count))
        }
    }

    /// An object from a dictionary, fields sorted by name (for tests and the spec runner).
    public init(_ dictionary: [String: MustacheValue]) {
        self.init(capacity: dictionary.count)
        for key in dictionary.keys.sorted() {
            if let value = dictionary[key] {
                symbols.append(MustacheSymbol(key))
                values.append(value)
            }
        }
    }

    /// How many fields the object has.
    public var count: Int {
        symbols.count
    }

    /// Adds a field at the end (without looking for one of the same name).
    public mutating func append(_ symbol: MustacheSymbol, _ value: MustacheValue) {
        symbols.append(symbol)
        values.append(value)
    }

    /// Sets a field: replaces the value when the name is present, or adds it at the end.
    public mutating func set(_ symbol: MustacheSymbol, _ value: MustacheValue) {
        if let index = index(of: symbol) {
            values[index] = value
        } else {
            append(symbol, value)
        }
    }

    /// Reserves room for `capacity` fields in all.
    public mutating func reserveCapacity(_ capacity: Int) {
        symbols.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// The position of the field named `symbol`: a scan over integers, no allocation.
    @inlinable
    public func index(of symbol: MustacheSymbol) -> Int? {
        symbols.withUnsafeBufferPointer { buffer in
            let id = symbol.id
            var index = 0
            while index < buffer.count {
                if buffer[index].id == id {
                    return index
                }
                index += 1
            }
            return nil
        }
    }

    /// The value of the field named `symbol`, or nil when there is none.
    @inlinable
    public subscript(symbol: MustacheSymbol) -> MustacheValue? {
        guard let index = index(of: symbol) else { return nil }
        return values[index]
    }

    /// The value of the field named `name`, or nil when there is none (interns nothing).
    public subscript(name: String) -> MustacheValue? {
        guard let symbol = MustacheSymbols.shared.existingSymbol(for: name) else { return nil }
        return self[symbol]
    }

    /// The fields' names as text, in order.
    public var names: [String] {
        symbols.map(\.name)
    }
}
