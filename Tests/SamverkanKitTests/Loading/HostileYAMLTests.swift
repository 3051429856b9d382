import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Front matter written to do harm, or by mistake: refused at the place it goes wrong, quickly,
/// and without expanding anything.
@Suite struct HostileYAMLTests {
    func parse(_ yaml: String) -> YAMLSyntaxError? {
        do {
            _ = try YamsFrontMatterParser().parse(yaml)
            return nil
        } catch {
            return error
        }
    }

    /// Nine levels of nine aliases: 9^9 (387 million) values if expanded; once took 24 GB.
    static let aliasBomb = (1...9).reduce("a0: &a0 [x, x, x, x, x, x, x, x, x]\n") { text, level in
        text + "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
    }

    @Test func anAliasBombIsRefusedAtItsFirstAnchorBeforeAnythingExpands() {
        #expect(parse(Self.aliasBomb) == YAMLSyntaxError(
            line: 1, column: 5, problem: "YAML-ankare (&namn) används inte i innehållsfiler; skriv ut värdet"))
    }

    @Test func aPlainAliasIsRefused() {
        #expect(parse("title: *t\n") == YAMLSyntaxError(
            line: 1, column: 8, problem: "YAML-alias (*namn) används inte i innehållsfiler; skriv ut värdet"))
    }

    @Test func aKeyWrittenTwiceIsReportedAtTheSecondWithoutQuotingTheFile() {
        #expect(parse("body: sro\ndate: 2024-10-03\nbody: sro\n") == YAMLSyntaxError(
            line: 3, column: 1, problem: "fältet 'body' står två gånger; ta bort det ena"))
    }

    @Test func aKeyWrittenTwiceAmongManyIsReportedToo() {
        // Past 16 keys the repeated key is looked up in a set, not by a look back over the keys.
        let keys = (1...20).map { "field\($0): x\n" }.joined()
        #expect(parse(keys + "field3: y\n") == YAMLSyntaxError(
            line: 21, column: 1, problem: "fältet 'field3' står två gånger; ta bort det ena"))
        #expect(parse(keys + "field20: y\n")?.problem == "fältet 'field20' står två gånger; ta bort det ena")
    }

    @Test func deepNestingIsBounded() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(parse("a: " + deep + "\n")?.problem == "listor och grupper i fler än 32 nivåer")
    }

    @Test func hugeFrontMatterIsRefusedBeforeParsing() {
        let huge = "text: \"" + String(repeating: "a", count: 2 << 20) + "\"\n"
        #expect(parse(huge) == YAMLSyntaxError(line: 1, column: 1, problem: "fälten är större än 1 MB; dela upp innehållet"))
    }

    @Test func controlCharactersWrittenAsEscapesAreRefused() {
        #expect(parse("title: \"Möte\\fSRO\"\n")?.problem == "värdet innehåller styrtecknet U+000C; ta bort det")
        #expect(parse("title: \"Möte\\rDTSTART:1\"\n")?.problem == "värdet innehåller styrtecknet U+000D; ta bort det")
    }

    @Test func aSecondDocumentIsRefused() {
        #expect(parse("a: 1\n---\nb: 2\n")?.problem == "mer än ett YAML-dokument; bara ett block med fält är tillåtet")
    }

    @Test func ordinaryFrontMatterKeepsItsMarksAndStyles() throws {
        let node = try #require(try YamsFrontMatterParser().parse("body: sro\nstart: \"13:00\"\ntopics: [a, b]\n"))
        guard case let .mapping(pairs) = node.kind else { Issue.record("not a mapping"); return }
        #expect(pairs.map(\.key.line) == [1, 2, 3])
        #expect(pairs[1].value == YAMLNode(.scalar("13:00", isPlain: false), line: 2, column: 8))
        #expect(pairs[2].value.kind == .sequence([YAMLNode(.scalar("a", isPlain: true), line: 3, column: 10),
                                                  YAMLNode(.scalar("b", isPlain: true), line: 3, column: 13)]))
    }

    @Test func anAliasBombInAMeetingIsOneLocatedError() {
        var files = Fixture.fileSystem()
        files.write("---\n" + Self.aliasBomb + "body: sro\n---\nText.\n", to: "content/meetings/2024/2024-11-01-sro.md")
        let (report, lines) = Fixture.check(files)
        #expect(report.exitStatus == 1)
        #expect(lines == ["content/meetings/2024/2024-11-01-sro.md:2:5: error: front matter är inte giltig YAML: YAML-ankare (&namn) används inte i innehållsfiler; skriv ut värdet — kontrollera indrag, kolon efter fältnamn och citattecken runt text som innehåller kolon"])
    }
}
