/// Dates the Swedish way, as readers expect them: "torsdag 3 oktober 2024".
public enum SwedishDateFormatter {
    static let weekdays = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
    static let months = ["januari", "februari", "mars", "april", "maj", "juni", "juli",
                         "augusti", "september", "oktober", "november", "december"]

    /// "torsdag 3 oktober 2024"
    public static func long(_ date: CalendarDate) -> String {
        "\(weekdays[date.weekdayIndex]) \(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// "3 oktober 2024"
    public static func medium(_ date: CalendarDate) -> String {
        "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// "3 okt. 2024" is avoided: abbreviations are harder to read aloud. "3 oktober"
    public static func dayAndMonth(_ date: CalendarDate) -> String {
        "\(date.day) \(months[date.month - 1])"
    }

    /// "3 oktober 2024", "oktober 2024" or "2024", as precise as the date is.
    public static func medium(_ date: PartialDate) -> String {
        switch date.precision {
        case .day: return medium(date.firstDay)
        case .month: return "\(months[date.month! - 1]) \(date.year)"
        case .year: return String(date.year)
        }
    }

    /// "15 juni–31 augusti 2025", "februari–juni 2025", "1 september 2025–31 maj 2026".
    public static func period(_ start: PartialDate, _ end: PartialDate?) -> String {
        guard let end, end != start else { return medium(start) }
        if start.year == end.year {
            let startText: String
            switch start.precision {
            case .day: startText = dayAndMonth(start.firstDay)
            case .month: startText = months[start.month! - 1]
            case .year: return medium(end)
            }
            return "\(startText)–\(medium(end))"
        }
        return "\(medium(start))–\(medium(end))"
    }

    /// "13:00–15:00", "13:00" or nil.
    public static func timeRange(_ start: ClockTime?, _ end: ClockTime?) -> String? {
        switch (start, end) {
        case let (start?, end?): return "\(start)–\(end)"
        case let (start?, nil): return "\(start)"
        case let (nil, end?): return "till \(end)"
        case (nil, nil): return nil
        }
    }
}
