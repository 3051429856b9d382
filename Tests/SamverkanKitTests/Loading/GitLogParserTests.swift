import Testing
@testable import SamverkanLoading
@testable import SamverkanModel

/// The output of `git log --format=%x01%ct --name-only -z`, written by hand.
@Suite struct GitLogParserTests {
    /// One commit: its header, then its paths, each ended by NUL, the first after a line feed.
    static func commit(_ time: String, _ paths: [String]) -> String {
        "\u{1}\(time)\0" + (paths.isEmpty ? "" : "\n" + paths.map { $0 + "\0" }.joined())
    }

    static func parse(_ log: String) -> [String: SourceHistory.Commits] {
        GitLogParser.history(Array(log.utf8)).files
    }

    @Test func aFileInSeveralCommitsSpansTheFirstToTheLast() {
        let log = Self.commit("1729866600", ["meetings/2024/2024-10-03-sro.md"])
            + Self.commit("1729000000", ["bodies/sro.md", "meetings/2024/2024-10-03-sro.md"])
            + Self.commit("1728028800", ["meetings/2024/2024-10-03-sro.md", "pages/om.md"])
        #expect(Self.parse(log) == [
            "meetings/2024/2024-10-03-sro.md": SourceHistory.Commits(first: 1_728_028_800, last: 1_729_866_600),
            "bodies/sro.md": SourceHistory.Commits(first: 1_729_000_000, last: 1_729_000_000),
            "pages/om.md": SourceHistory.Commits(first: 1_728_028_800, last: 1_728_028_800),
        ])
    }

    @Test func emptyCommitsAndMergesWithoutChangesAddNothing() {
        let log = Self.commit("1700300000", [])
            + Self.commit("1700200000", ["topics/x.md"])
            + Self.commit("1700100000", [])
            + Self.commit("1700000000", ["topics/x.md"])
        #expect(Self.parse(log) == ["topics/x.md": SourceHistory.Commits(first: 1_700_000_000, last: 1_700_200_000)])
    }

    @Test func pathsWithSpacesAndSwedishLettersAreKeptAsTheyAre() {
        let log = Self.commit("1700000000", ["meetings/2024/möte å.md", "pages/om oss.md", " inledande mellanslag.md"])
        #expect(Self.parse(log).keys.sorted() == [" inledande mellanslag.md", "meetings/2024/möte å.md", "pages/om oss.md"])
    }

    @Test func commitTimesOutOfOrderStillGiveTheEarliestAndLatest() {
        let log = Self.commit("1700000000", ["a.md"]) + Self.commit("1800000000", ["a.md"]) + Self.commit("1600000000", ["a.md"])
        #expect(Self.parse(log) == ["a.md": SourceHistory.Commits(first: 1_600_000_000, last: 1_800_000_000)])
    }

    @Test func aHeaderThatIsNotANumberDropsItsPathsOnly() {
        let log = Self.commit("12ab", ["lost.md"]) + Self.commit("99999999999999999999999", ["too-big.md"])
            + Self.commit("", ["empty.md"]) + Self.commit("-5", ["before-1970.md"]) + "also-in-that-commit.md\0"
        #expect(Self.parse("orphan.md\0" + log) == ["before-1970.md": SourceHistory.Commits(first: -5, last: -5),
                                                    "also-in-that-commit.md": SourceHistory.Commits(first: -5, last: -5)])
    }

    @Test func emptyOrTruncatedOutputIsTakenAsFarAsItGoes() {
        #expect(Self.parse("") == [:])
        #expect(Self.parse("\u{1}1700000000\0\nmeetings/2024/a.md") == ["meetings/2024/a.md": SourceHistory.Commits(first: 1_700_000_000, last: 1_700_000_000)])
        #expect(Self.parse("\u{1}1700000000") == [:])
    }

    @Test func aLargeLogIsReadInOnePass() {
        // 50 000 meetings, each in two commits: linear, so this takes a fraction of a second.
        var log = ""
        for commit in 0..<2 {
            log += "\u{1}\(1_700_000_000 + commit)\0\n"
            for meeting in 0..<50_000 { log += "meetings/\(2000 + meeting % 25)/\(meeting).md\0" }
        }
        let files = Self.parse(log)
        #expect(files.count == 50_000)
        #expect(files["meetings/2000/0.md"] == SourceHistory.Commits(first: 1_700_000_000, last: 1_700_000_001))
    }
}
