import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

@Suite struct CalendarDateTests {
    @Test func parsesOnlyRealISODates() {
        #expect(CalendarDate(iso: "2024-10-03")?.description == "2024-10-03")
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "2024-13-01") == nil)
        #expect(CalendarDate(iso: "3 oktober 2024") == nil)
        #expect(CalendarDate(iso: "2024-10-3") == nil)
    }

    @Test func writesDatesTheSwedishWay() {
        let date = CalendarDate(year: 2024, month: 10, day: 3)!
        #expect(SwedishDateFormatter.long(date) == "torsdag 3 oktober 2024")
        #expect(SwedishDateFormatter.long(CalendarDate(year: 2026, month: 1, day: 26)!) == "måndag 26 januari 2026")
        #expect(SwedishDateFormatter.long(CalendarDate(year: 2019, month: 8, day: 29)!) == "torsdag 29 augusti 2019")
        #expect(SwedishDateFormatter.medium(date) == "3 oktober 2024")
    }

    @Test func daysSinceEpochRoundTrips() {
        for days in [-800_000, -1, 0, 1, 19_999, 20_000, 2_932_896] {
            #expect(CalendarDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
    }

    @Test func partialDatesKeepTheirPrecision() {
        #expect(PartialDate(iso: "2025-02").map(SwedishDateFormatter.medium) == "februari 2025")
        #expect(PartialDate(iso: "2026").map(SwedishDateFormatter.medium) == "2026")
        #expect(PartialDate(iso: "2025-13") == nil)
        let start = PartialDate(iso: "2025-06-15")!, end = PartialDate(iso: "2025-08-31")!
        #expect(SwedishDateFormatter.period(start, end) == "15 juni–31 augusti 2025")
        #expect(SwedishDateFormatter.period(PartialDate(iso: "2025-02")!, PartialDate(iso: "2025-06")!) == "februari–juni 2025")
        #expect(SwedishDateFormatter.period(PartialDate(iso: "2025-09-01")!, PartialDate(iso: "2026-05-31")!)
            == "1 september 2025–31 maj 2026")
    }

    @Test func clockTimes() {
        #expect(ClockTime(text: "13:00")?.description == "13:00")
        #expect(ClockTime(text: "8:30")?.description == "08:30")
        #expect(ClockTime(text: "24:00") == nil)
        #expect(ClockTime(text: "13.00") == nil)
        #expect(SwedishDateFormatter.timeRange(ClockTime(text: "13:00"), ClockTime(text: "15:00")) == "13:00–15:00")
    }
}
