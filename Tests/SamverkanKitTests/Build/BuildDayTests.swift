import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

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
        #expect(diagnostic.description == "SOURCE_DATE_EPOCH: error: 'igår' är inte ett antal sekunder mellan 1970 och år 9999 — sätt SOURCE_DATE_EPOCH till sekunder sedan 1970, t.ex. $(git log -1 --format=%ct)")
    }
}

@Suite struct BuildDayLimitTests {
    @Test(arguments: ["999999999999", "-93000000000", "-1", "99999999999999999999999"])
    func anEpochOutsideYears1970To9999IsAnErrorNotACrash(_ epoch: String) {
        let result = BuildDay.resolve(argument: nil, environment: ["SOURCE_DATE_EPOCH": epoch], now: { .init(timeIntervalSince1970: 0) })
        guard case let .failure(diagnostic) = result else { Issue.record("accepted \(epoch)"); return }
        #expect(diagnostic.message == "'\(epoch)' är inte ett antal sekunder mellan 1970 och år 9999")
    }

    @Test func theLastSecondOfYear9999IsStillADay() throws {
        let day = try BuildDay.resolve(argument: nil, environment: ["SOURCE_DATE_EPOCH": "253402297199"], now: { .init(timeIntervalSince1970: 0) }).get()
        #expect(day.description == "9999-12-31")
    }
}
