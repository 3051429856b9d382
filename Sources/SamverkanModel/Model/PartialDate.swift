/// A date known to the day, the month or only the year, as milestones often are
/// ("i oktober 2024", "våren 2026" is written as the year with a title that says so).
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible, Encodable {
    public enum Precision: Sendable, Hashable { case day, month, year }

    public let year: Int
    public let month: Int?
    public let day: Int?

    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    public init(_ date: CalendarDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }

    private init(year: Int, month: Int?, day: Int?) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public init?(iso text: String) {
        if let date = CalendarDate(iso: text) {
            self.init(date)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }), parts[0].count == 4,
              let year = Int(parts[0]), year > 0 else { return nil }
        switch parts.count {
        case 1:
            self.init(year: year, month: nil, day: nil)
        case 2:
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.init(year: year, month: month, day: nil)
        default:
            return nil
        }
    }

    /// The first day the date covers: what it sorts by.
    public var firstDay: CalendarDate {
        CalendarDate(year: year, month: month ?? 1, day: day ?? 1)!
    }

    /// The last day the date covers.
    public var lastDay: CalendarDate {
        let lastMonth = month ?? 12
        return CalendarDate(year: year, month: lastMonth,
                            day: day ?? CalendarDate.daysIn(month: lastMonth, year: year))!
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.firstDay, lhs.precision == .day ? 0 : 1) < (rhs.firstDay, rhs.precision == .day ? 0 : 1)
    }

    public var description: String {
        switch precision {
        case .day: return firstDay.description
        case .month: return "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month!, 2))"
        case .year: return CalendarDate.pad(year, 4)
        }
    }
}
