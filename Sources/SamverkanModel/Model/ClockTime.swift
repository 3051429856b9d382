/// A time of day, `HH:MM`, as written in the minutes.
public struct ClockTime: Sendable, Hashable, Comparable, CustomStringConvertible, Encodable {
    public let hour: Int
    public let minute: Int

    /// Parses `HH:MM` (also `H:MM`); 00:00–23:59.
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute)
    }

    /// `13:00`
    public var description: String {
        "\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2))"
    }
}
