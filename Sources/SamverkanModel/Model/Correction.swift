/// A public note of a later correction of a meeting's minutes (`corrections:`).
public struct Correction: Sendable, Hashable, Encodable {
    public var date: CalendarDate
    /// What was corrected, in plain Swedish.
    public var text: String
    public var location: SourceLocation

    public init(date: CalendarDate, text: String, location: SourceLocation) {
        self.date = date
        self.text = text
        self.location = location
    }
}
