import Foundation
import Testing
@testable import SamverkanKit

@Suite struct BuildDayTests {
    let clock = { Date(timeIntervalSince1970: 1_800_000_000) }  // 2027-01-15

    @Test func theArgumentWins() throws {
        let day = try BuildDay.resolve(argument: "2026-11-24", environment: ["SOURCE_DATE_EPOCH": "0"], now: clock).get()
        #expect(day.description == "2026-11-24")
    }

    @Test func sourceDateEpochIsADayInStockholm() throws {
        // 2024-11-23 23:30 UTC is already the 24th in Stockholm (UTC+1).
        let day = try BuildDay.resolve(argument: nil, environment: ["SOURCE_DATE_EPOCH": "1732404600"], now: clock).get()
        #expect(day.description == "2024-11-24")
    }

    @Test func theClockIsTheLastResort() throws {
        #expect(try BuildDay.resolve(argument: nil, environment: [:], now: clock).get().description == "2027-01-15")
    }

    @Test func badValuesAreErrorsThatSayWhatToWrite() {
        #expect(throws: Diagnostic.self) { try BuildDay.resolve(argument: "24/11", environment: [:], now: clock).get() }
        let error = BuildDay.resolve(argument: nil, environment: ["SOURCE_DATE_EPOCH": "igår"], now: clock)
        guard case let .failure(diagnostic) = error else { Issue.record("accepted 'igår'"); return }
        #expect(diagnostic.description == "SOURCE_DATE_EPOCH: error: 'igår' är inte ett antal sekunder — sätt SOURCE_DATE_EPOCH till sekunder sedan 1970, t.ex. $(git log -1 --format=%ct)")
    }
}
