import Foundation

/// The day a build counts as "today", the only date that enters the site: from `--today`, else
/// from `SOURCE_DATE_EPOCH` (the reproducible-builds convention), else from the clock, as a date
/// in Stockholm.
public enum BuildDay {
    public static func resolve(argument: String?, environment: [String: String],
                               now: () -> Date = Date.init) -> Result<CalendarDate, Diagnostic> {
        if let argument {
            guard let date = CalendarDate(iso: argument) else {
                return .failure(.error(SourceLocation(path: "--today"), "'\(argument)' är inte ett datum",
                                       hint: "skriv ÅÅÅÅ-MM-DD, t.ex. --today 2026-11-24"))
            }
            return .success(date)
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch.trimmingCharacters(in: .whitespaces)) else {
                return .failure(.error(SourceLocation(path: "SOURCE_DATE_EPOCH"), "'\(epoch)' är inte ett antal sekunder",
                                       hint: "sätt SOURCE_DATE_EPOCH till sekunder sedan 1970, t.ex. $(git log -1 --format=%ct)"))
            }
            return .success(stockholmDate(Date(timeIntervalSince1970: TimeInterval(seconds))))
        }
        return .success(stockholmDate(now()))
    }

    static func stockholmDate(_ instant: Date) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm") ?? TimeZone(secondsFromGMT: 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
