extension PersonalIdentityNumber {
    /// An error for every number in a text file at `path` (a content file as the loader decoded it,
    /// or a text attachment), at its line and column. The number itself is never in the message:
    /// CI logs are public.
    public static func diagnostics(in text: String, path: String) -> [Diagnostic] {
        var text = text
        return text.withUTF8 { diagnostics(in: $0, path: path) }
    }

    /// As `diagnostics(in:path:)`, for UTF-8 bytes.
    public static func diagnostics(in bytes: UnsafeBufferPointer<UInt8>, path: String) -> [Diagnostic] {
        let numbers = find(in: bytes)
        guard !numbers.isEmpty else { return [] }
        let positions = TextPosition.positions(of: numbers.map(\.range.lowerBound), in: bytes)
        return zip(numbers, positions).map { number, position in
            .error(SourceLocation(path: path, line: position.line, column: position.column), message(number.kind),
                   hint: "ta bort det eller skriv \(replacement(for: number.kind))")
        }
    }

    /// "här står ett personnummer; det får inte publiceras", or for `count` of them "här står 3
    /// personnummer; de får inte publiceras", after "sida 2: " when `page` is given.
    public static func message(_ kind: Kind, count: Int = 1, page: Int? = nil) -> String {
        let place = page.map { "sida \($0): " } ?? ""
        if count == 1 { return place + "här står ett \(kind.name); det får inte publiceras" }
        return place + "här står \(count) \(kind.name); de får inte publiceras"
    }

    /// What the import writes instead of a number, and what a communicator is told to write:
    /// `[personnummer borttaget]`, `[samordningsnummer borttaget]`.
    public static func replacement(for kind: Kind) -> String {
        "[\(kind.name) borttaget]"
    }
}

extension PersonalIdentityNumber.Kind {
    /// The Swedish word: "personnummer", "samordningsnummer" (the same in the plural).
    public var name: String {
        switch self {
        case .personal: "personnummer"
        case .coordination: "samordningsnummer"
        }
    }
}
