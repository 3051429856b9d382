import Foundation
import SamverkanModel

/// The day a build counts as "today", the only date that enters the site: as given, else
/// from `SOURCE_DATE_EPOCH` (the reproducible-builds convention), else from the clock, as a date
/// in Stockholm.
public enum BuildDay {
    public static func resolve(argument: String?, environment: [String: String],
                               now: () -> Date = Date.init) -> Result<CalendarDate, Diagnostic> {
        if let argument {
            guard let date = CalendarDate(iso: argument) else {
                return .failure(.error(SourceLocation(input: .today), "'\(argument.prefix(40))' är inte ett datum",
                                       hint: "skriv ÅÅÅÅ-MM-DD, t.ex. 2026-11-24"))
            }
            return .success(date)
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            // The convention: a non-negative integer. Years after 9999 have no ISO date to show.
            guard let seconds = Int(epoch.trimmingCharacters(in: .whitespaces)), seconds >= 0,
                  seconds <= latestEpoch, let date = stockholmDate(Date(timeIntervalSince1970: TimeInterval(seconds))) else {
                return .failure(.error(SourceLocation(path: "SOURCE_DATE_EPOCH"),
                                       "'\(epoch.prefix(40))' är inte ett antal sekunder mellan 1970 och år 9999",
                                       hint: "sätt SOURCE_DATE_EPOCH till sekunder sedan 1970, t.ex. $(git log -1 --format=%ct)"))
            }
            return .success(date)
        }
        guard let date = stockholmDate(now()) else {
            return .failure(.error(SourceLocation(input: .today), "datorns klocka visar inget giltigt datum",
                                   hint: "ange dagens datum, t.ex. 2026-11-24"))
        }
        return .success(date)
    }

    /// 9999-12-31T23:59:59Z.
    static let latestEpoch = 253_402_300_799

    static func stockholmDate(_ instant: Date) -> CalendarDate? {
        var calendar = Calendar(identifier: .gregorian)
        guard let zone = TimeZone(identifier: "Europe/Stockholm") ?? TimeZone(secondsFromGMT: 3600) else { return nil }
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        guard let year = parts.year, let month = parts.month, let day = parts.day, (1...9999).contains(year) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
