import Testing
@testable import SamverkanLoading
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Dates, settings and references that once passed `check` and then broke the output (a calendar
/// icalendar refuses, feeds stuck on top, `https:/` links, edit links into a fragment, an
/// assignment completed the day it was given): each is now a located diagnostic, a warning with
/// the fix where correct output can still be written, an error where it cannot.
@Suite struct PublishableInputTests {
    static let meetingPath = DiagnosticTests.meetingPath
    let errors = DiagnosticTests()
    let warnings = WarningTests()

    func site(replacing old: String, with new: String) throws -> InMemoryFileSystem {
        try warnings.replacing(old, with: new, in: "content/site.yml")
    }

    // MARK: Dates

    @Test func aHeldMeetingAfterTheBuildDayIsAWarningWithTheFix() throws {
        let dayBefore = CalendarDate(year: 2024, month: 10, day: 2)!
        warnings.expectWarning(Fixture.fileSystem(),
                               "content/meetings/2024/2024-10-03-sro.md:3:7: warning: mötet 2024-10-03 är markerat som hållet men dagen har inte kommit än (i dag är 2024-10-02) — skriv status: planned tills mötet har hållits, eller rätta datumet",
                               today: dayBefore)
        // On its own day it has been held.
        let (_, lines) = Fixture.check(Fixture.fileSystem(), today: CalendarDate(year: 2024, month: 10, day: 20)!)
        #expect(!lines.contains { $0.contains("är markerat som hållet") }, "got: \(lines)")
    }

    @Test func aDateWithoutANextDayIsAnError() throws {
        errors.expectError(try errors.meeting(replacing: "date: 2024-10-03", with: "date: 9999-12-31"),
                           "content/meetings/2024/2024-10-03-sro.md:3:7: error: datumet '9999-12-31' i fältet 'date' ligger utanför det webbplatsen kan publicera — skriv ett datum från 1000-01-01 till 9999-12-30; kontrollera årtalet")
    }

    @Test func aYearOfFewerThanFourDigitsIsAnError() throws {
        errors.expectError(try errors.meeting(replacing: "date: 2024-10-03", with: "date: 0024-10-03"),
                           "content/meetings/2024/2024-10-03-sro.md:3:7: error: datumet '0024-10-03' i fältet 'date' ligger utanför det webbplatsen kan publicera — skriv ett datum från 1000-01-01 till 9999-12-30; kontrollera årtalet")
    }

    static let correction = "corrections:\n  - date: DAY\n    text: Rättad stavning.\nitems:\n"

    @Test func aCorrectionOutsideThePublishableDaysIsAnError() throws {
        errors.expectError(try errors.meeting(replacing: "items:\n", with: Self.correction.replacingOccurrences(of: "DAY", with: "9999-12-31")),
                           "content/meetings/2024/2024-10-03-sro.md:53:11: error: datumet '9999-12-31' i fältet 'date' ligger utanför det webbplatsen kan publicera — skriv ett datum från 1000-01-01 till 9999-12-30; kontrollera årtalet")
    }

    @Test func aCorrectionAfterTheBuildDayIsAWarning() throws {
        warnings.expectWarning(try errors.meeting(replacing: "items:\n", with: Self.correction.replacingOccurrences(of: "DAY", with: "2024-12-24")),
                               "content/meetings/2024/2024-10-03-sro.md:53:5: warning: rättelsen är daterad 2024-12-24, efter i dag (2024-11-01) — skriv dagen då anteckningarna rättades")
    }

    @Test func aMilestoneOutsideThePublishableYearsIsAnError() throws {
        var files = Fixture.fileSystem()
        let milestones = String(decoding: try #require(files.contents["content/milestones.yml"]), as: UTF8.self)
        files.write(milestones.replacingOccurrences(of: "end: \"2025-06\"", with: "end: \"9999\""), to: "content/milestones.yml")
        errors.expectError(files,
                           "content/milestones.yml:6:8: error: datumet '9999' i fältet 'end' ligger utanför det webbplatsen kan publicera — skriv ett datum från 1000-01-01 till 9999-12-30; kontrollera årtalet")
    }

    // MARK: Settings

    @Test func aLocaleInPOSIXSpellingIsReadAsItsLanguageTag() throws {
        let files = try site(replacing: "language: sv\n", with: "language: sv_SE\n")
        warnings.expectWarning(files, "content/site.yml:3:11: warning: language 'sv_SE' är ingen språktagg; läses som 'sv-SE' — skriv language: sv-SE (språktaggar skrivs med bindestreck, BCP 47)")
        let writer = InMemorySiteWriter()
        _ = SiteBuilder(fileSystem: files, writer: writer).build(BuildOptions(today: Fixture.today))
        let page = String(decoding: try #require(writer.site(at: "site")?["index.html"]), as: UTF8.self)
        #expect(page.contains("<html lang=\"sv-SE\""))
        let feed = String(decoding: try #require(writer.site(at: "site")?["feed.xml"]), as: UTF8.self)
        #expect(!feed.contains("sv_SE"))
    }

    @Test func aLanguageThatIsNoTagIsAnError() throws {
        errors.expectError(try site(replacing: "language: sv\n", with: "language: svenska språket\n"),
                           "content/site.yml:3:11: error: language 'svenska språket' är ingen språktagg — skriv en språktagg enligt BCP 47, t.ex. sv eller sv-SE")
    }

    @Test func languageTagsAreCheckedForTheirForm() {
        for good in ["sv", "sv-SE", "se-Latn-NO", "fit", "sv-x-lattlast", "en-419", "sgn-SE", "de-CH-1996", "x-privat"] {
            #expect(LanguageTag.isWellFormed(good), "\(good)")
        }
        for bad in ["", "sv_SE", "s", "sv-", "-sv", "svenska språket", "sv-SE-", "sv-a", "sv-x", "sv--SE", "123", "sv-SE-ö"] {
            #expect(!LanguageTag.isWellFormed(bad), "\(bad)")
        }
    }

    @Test func aBaseURLWithoutAHostIsAnError() throws {
        errors.expectError(try site(replacing: "language: sv\n", with: "language: sv\nbase_url: \"https://\"\n"),
                           "content/site.yml:4:11: error: base_url 'https://' saknar ett värdnamn efter https:// — skriv bara adressen, t.ex. https://samverkan.example.se")
    }

    @Test func baseURLsAreCheckedForAHostAndNothingAfterThePath() {
        #expect(SiteSettings.addressProblem("https://www.example.se") == nil)
        #expect(SiteSettings.addressProblem("https://example.se:8443/samverkan/") == nil)
        #expect(SiteSettings.addressProblem("http://[::1]:8000") == nil)
        #expect(SiteSettings.addressProblem("https:///sokvag") == "saknar ett värdnamn efter https://")
        #expect(SiteSettings.addressProblem("https://:443") == "saknar ett värdnamn efter https://")
        #expect(SiteSettings.addressProblem("https://a..b") == "saknar ett värdnamn efter https://")
        #expect(SiteSettings.addressProblem("https://namn@example.se") == "får inte innehålla användarnamn eller lösenord (@)")
        #expect(SiteSettings.addressProblem("https://example.se:port") == "har tecken efter värdnamnet som inte är en port")
        #expect(SiteSettings.addressProblem("https://[::1") == "har en ofullständig IPv6-adress")
        #expect(SiteSettings.addressProblem("https://example.se/?a=1") == "får inte ha en fråga (?…): sidornas sökvägar läggs till sist")
    }

    @Test func anEditURLWithAFragmentIsAnError() throws {
        errors.expectError(try site(replacing: "language: sv\n", with: "language: sv\nedit_url: https://example.se/edit/main/content/#rad\n"),
                           "content/site.yml:4:11: error: edit_url 'https://example.se/edit/main/content/#rad' får inte ha ett fragment (#…): sidornas sökvägar läggs till sist — adressen till innehållsmappen i förrådets webbredigerare, t.ex. https://github.com/organisation/samverkan/edit/main/content/")
    }

    // MARK: References

    @Test func aDecisionThatGivesAndReportsTheSameAssignmentIsAnError() throws {
        errors.expectError(try errors.meeting(replacing: "      due: 2024-10-31\n", with: "      due: 2024-10-31\n    reports: ersattarlista\n"),
                           "content/meetings/2024/2024-10-03-sro.md:52:14: error: ställningstagandet både ger och återrapporterar uppdraget 'ersattarlista' — återrapporteringen hör till ett senare möte: ta bort reports: här och skriv den på det ställningstagande som redovisar uppdraget")
    }

    @Test func twoMeetingsOfOneDayApprovingEachOtherIsAnError() throws {
        var files = try errors.meeting(replacing: "  - kind: beslutar\n", with: "  - kind: godkänner\n    approves: 2024-10-03-styrgrupp\n    text: Styrgruppens anteckningar godkänns.\n  - kind: beslutar\n")
        files.write("""
            ---
            body: styrgrupp
            date: 2024-10-03
            decisions:
              - kind: godkänner
                text: SRO:s anteckningar godkänns.
                approves: 2024-10-03-sro
            ---
            Styrgruppen möttes samma dag.

            """, to: "content/meetings/2024/2024-10-03-styrgrupp.md")
        errors.expectError(files,
                           "content/meetings/2024/2024-10-03-styrgrupp.md:7:15: error: mötena 2024-10-03-styrgrupp och 2024-10-03-sro godkänner varandras anteckningar — anteckningar godkänns av ett senare möte: ta bort approves från det ena")
        errors.expectError(files,
                           "content/meetings/2024/2024-10-03-sro.md:36:15: error: mötena 2024-10-03-sro och 2024-10-03-styrgrupp godkänner varandras anteckningar — anteckningar godkänns av ett senare möte: ta bort approves från det ena")
    }

    @Test func anItemNamedTwiceIsOneItemAndAWarning() throws {
        let files = try errors.meeting(replacing: "items:\n  - item: 2\n    topics: [avtal]\n",
                                       with: "items:\n  - item: 2\n    topics: [avtal]\n  - item: 2\n    topics: [avtal]\n")
        warnings.expectWarning(files, "content/meetings/2024/2024-10-03-sro.md:55:11: warning: punkt 2 står redan i items (rad 53); ämnena läggs ihop — skriv punktens ämnen på ett ställe: topics: [avtal]")
        let writer = InMemorySiteWriter()
        _ = SiteBuilder(fileSystem: files, writer: writer).build(BuildOptions(today: Fixture.today))
        // The topic page lists the item once, as without the repetition.
        let plain = InMemorySiteWriter()
        _ = SiteBuilder(fileSystem: Fixture.fileSystem(), writer: plain).build(BuildOptions(today: Fixture.today))
        let topic = try #require(writer.site(at: "site")?["amnen/avtal/index.html"])
        #expect(topic == plain.site(at: "site")?["amnen/avtal/index.html"])
    }
}
