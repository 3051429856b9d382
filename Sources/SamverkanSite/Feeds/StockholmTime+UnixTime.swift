import SamverkanModel

extension StockholmTime {
    /// The day in Stockholm at `seconds` after 1970-01-01 UTC (a commit's date): summer time from
    /// 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. `nil`
    /// outside the years 1–9999.
    static func date(unixSeconds seconds: Int) -> CalendarDate? {
        let day = 86_400
        guard seconds > Int.min + 2 * day, seconds < Int.max - 2 * day else { return nil }
        let utc = CalendarDate(daysSinceEpoch: seconds.floorDivided(by: day))
        guard (1...9999).contains(utc.year) else { return nil }
        let summerStart = lastSunday(of: 3, in: utc.year).daysSinceEpoch * day + 3600
        let summerEnd = lastSunday(of: 10, in: utc.year).daysSinceEpoch * day + 3600
        let offset = seconds >= summerStart && seconds < summerEnd ? 7200 : 3600
        let local = CalendarDate(daysSinceEpoch: (seconds + offset).floorDivided(by: day))
        return (1...9999).contains(local.year) ? local : nil
    }
}

private extension Int {
    /// Division that rounds down, also for negative numbers (before 1970).
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }
}
