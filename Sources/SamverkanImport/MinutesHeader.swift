import Foundation
import SamverkanModel

/// The header lines of minutes: `Datum: 3 oktober 2024`, `Tid: 13.00 – 15.00`, `Plats: …`,
/// `Mötesform: Teams/Regionens hus, lokal Bommen`, and a first line like `4 december 2024, 15.30 – 16.30`.
enum MinutesHeader {
    static let months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                         "september", "oktober", "november", "december"]

    /// `2024-10-03`, `3 oktober 2024`, `3/10 2024` at the start of the text (or anywhere, with `anywhere`).
    static func date(in text: String, anywhere: Bool = false) -> CalendarDate? {
        let words = text.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        let candidates = anywhere ? Array(words.indices) : (words.isEmpty ? [] : [0, 1].filter { $0 < words.count })
        for index in candidates {
            let word = words[index].trimmingCharacters(in: ".:;()")
            if word.count == 10, let date = CalendarDate(iso: word) { return date }
            if let day = Int(word), (1...31).contains(day), index + 2 < words.count,
               let month = months.firstIndex(of: words[index + 1].lowercased().trimmingCharacters(in: ".")),
               let year = Int(words[index + 2].trimmingCharacters(in: ".,:;")), (1990...2100).contains(year) {
                return CalendarDate(year: year, month: month + 1, day: day)
            }
            let parts = word.split(separator: "/")
            if parts.count == 2, let day = Int(parts[0]), let month = Int(parts[1]), index + 1 < words.count,
               let year = Int(words[index + 1]), (1990...2100).contains(year) {
                return CalendarDate(year: year, month: month, day: day)
            }
        }
        return nil
    }

    /// `13.00 – 15.00`, `09:00-12:00`, `kl. 9–11.30`, `8-9` → ("13:00", "15:00"); a single time gives
    /// only the start.
    static func times(in text: String) -> (start: String, end: String?)? {
        var times: [String] = []
        var current = ""
        func flush() {
            if let time = clock(current) { times.append(time) }
            current = ""
        }
        for character in text {
            if character.isNumber || character == "." || character == ":" {
                current.append(character)
            } else {
                flush()
            }
        }
        flush()
        guard let start = times.first else { return nil }
        return (start, times.count > 1 ? times[1] : nil)
    }

    /// `13.00`, `9`, `11:30` as `HH:MM`; nil for anything else (a date, a year).
    static func clock(_ text: String) -> String? {
        var text = text
        while text.hasSuffix(".") || text.hasSuffix(":") { text.removeLast() }
        let parts = text.split(separator: text.contains(":") ? ":" : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), (0...23).contains(hour), parts[0].count <= 2 else { return nil }
        var minute = 0
        if parts.count == 2 {
            guard parts[1].count == 2, let value = Int(parts[1]), (0...59).contains(value) else { return nil }
            minute = value
        }
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// Teams, Zoom, Skype, "digitalt" alone: digital; with a place as well: hybrid; otherwise physical.
    static func format(of place: String) -> String {
        let lower = place.lowercased()
        let digital = ["teams", "zoom", "skype", "digitalt", "digital", "videolänk", "webex"].filter { lower.contains($0) }
        guard !digital.isEmpty else { return "fysiskt" }
        var rest = lower
        for word in digital + ["via", "möjlighet till", "och", "/", ",", "."] { rest = rest.replacingOccurrences(of: word, with: " ") }
        return rest.collapsingSpaces().isEmpty ? "digitalt" : "hybrid"
    }
}
