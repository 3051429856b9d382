/// A Swedish personal identity number (personnummer) or coordination number (samordningsnummer)
/// found in a text: what kind it is and where it stands, never its digits.
///
/// Swedish authorities never publish these numbers, and minutes of a health-care collaboration are
/// where a case with one ends up, pasted from another document. `find(in:)` (in
/// `PersonalIdentityNumber+Scanning.swift`) finds each one written as ten or twelve digits that has
/// a real date and a right check digit; the build refuses the file it stands in, and the import
/// writes `[personnummer borttaget]` instead.
public struct PersonalIdentityNumber: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A personnummer: the day of birth as it is.
        case personal
        /// A samordningsnummer: the day of birth plus 60.
        case coordination
    }

    public var kind: Kind
    /// Where the number stands in the UTF-8 bytes that were searched, separators included.
    public var range: Range<Int>

    public init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}
