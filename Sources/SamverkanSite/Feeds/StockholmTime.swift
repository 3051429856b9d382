import SamverkanModel

/// Local time in Stockholm without a time-zone database, so feeds come out the same on every machine:
/// CET (UTC+1), and CEST (UTC+2) from the last Sunday of March to the last Sunday of October (EU rule
/// since 1996).
enum StockholmTime {
    /// The offset from UTC in hours at `time` (local) on `date`.
    static func offsetHours(on date: CalendarDate, at time: ClockTime?) -> Int {
        let hour = time?.hour ?? 12
        let start = lastSunday(of: 3, in: date.year), end = lastSunday(of: 10, in: date.year)
        if date > start && date < end { return 2 }
        if date == start { return hour >= 3 ? 2 : 1 }  // clocks go forward 02:00 → 03:00
        if date == end { return hour < 3 ? 2 : 1 }     // and back 03:00 → 02:00
        return 1
    }

    static func lastSunday(of month: Int, in year: Int) -> CalendarDate {
        let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
        return CalendarDate(daysSinceEpoch: last.daysSinceEpoch - (last.weekdayIndex + 1) % 7)
    }

    /// RFC 3339: `2024-10-03T13:00:00+02:00`.
    static func rfc3339(_ date: CalendarDate, _ time: ClockTime?) -> String {
        let clock = time ?? ClockTime(text: "00:00")!
        return "\(date)T\(clock):00+0\(offsetHours(on: date, at: time)):00"
    }
}
