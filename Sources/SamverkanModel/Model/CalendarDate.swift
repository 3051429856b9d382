/// A day in the calendar (year, month, day), never shifted by a time zone.
///
/// Meeting dates are calendar dates: 3 October 2024 is that day wherever the site is built.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible, Encodable {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The days the site can publish: a four-digit year for `/moten/<yyyy>/`, and a next day for
    /// iCalendar's all-day `DTEND` and for Atom's RFC 3339 dates (years 0000–9999).
    public static let publishable: ClosedRange<CalendarDate> =
        CalendarDate(uncheckedYear: 1000, month: 1, day: 1)...CalendarDate(uncheckedYear: 9999, month: 12, day: 30)

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `2024-10-03`
    public var description: String { written(separator: UInt8(ascii: "-")) }

    /// `20241003`: the basic format (iCalendar's DATE).
    public var basicDescription: String { written(separator: nil) }

    /// The digits written straight into the string's storage: every page and feed entry writes a
    /// date or several, and padding through intermediate strings was 1 % of a build.
    private func written(separator: UInt8?) -> String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            let text = [Self.pad(year, 4), Self.pad(month, 2), Self.pad(day, 2)]
            return text.joined(separator: separator.map { String(UnicodeScalar($0)) } ?? "")
        }
        let length = separator == nil ? 8 : 10
        return String(unsafeUninitializedCapacity: length) { buffer in
            var index = 0
            func put(_ value: Int, _ width: Int) {
                var divisor = width == 4 ? 1000 : 10
                while divisor > 0 {
                    buffer[index] = UInt8(ascii: "0") + UInt8(value / divisor % 10)
                    index += 1
                    divisor /= 10
                }
            }
            put(year, 4)
            if let separator { buffer[index] = separator; index += 1 }
            put(month, 2)
            if let separator { buffer[index] = separator; index += 1 }
            put(day, 2)
            return index
        }
    }

    /// Days since 1970-01-01 (negative before), from Howard Hinnant's `days_from_civil`.
    public var daysSinceEpoch: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `daysSinceEpoch` days after 1970-01-01 (Hinnant's `civil_from_days`).
    public init(daysSinceEpoch days: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// 0 = Monday … 6 = Sunday.
    public var weekdayIndex: Int {
        let thursday = 3  // 1970-01-01 was a Thursday
        return ((daysSinceEpoch % 7) + 7 + thursday) % 7
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    package static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension Character {
    package var isASCIIDigit: Bool { isASCII && isNumber }
}
