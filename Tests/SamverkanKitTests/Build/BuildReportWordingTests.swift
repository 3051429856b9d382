import Testing
@testable import SamverkanModel
@testable import SamverkanSite

/// The lines a build ends with agree in number with their counts, as Swedish needs.
@Suite struct BuildReportWordingTests {
    func report(written: Int, unchanged: Int, others: Int, removed: Int) -> BuildReport {
        var report = BuildReport(diagnostics: DiagnosticList())
        report.pagesWritten = written
        report.pagesUnchanged = unchanged
        report.published = PublishResult(written: (0..<(written + others)).map { "f\($0).html" }, unchanged: unchanged,
                                         removed: (0..<removed).map { "g\($0).html" })
        return report
    }

    @Test func oneOfEachIsSingular() {
        let one = report(written: 1, unchanged: 1, others: 1, removed: 1)
        #expect(one.summaryLine(outputDirectory: "site", seconds: 0.5)
            == "Klart (site/): 1 sida skriven, 1 oförändrad, 1 annan fil skriven, 1 fil borttagen, 0,50 s, inga varningar.")
        #expect(one.previewLine == "Byggt: 1 sida skriven, 1 oförändrad, 1 fil borttagen.")
    }

    @Test func severalArePlural() {
        let many = report(written: 2, unchanged: 3, others: 4, removed: 5)
        #expect(many.summaryLine(outputDirectory: "site", seconds: 12.345)
            == "Klart (site/): 2 sidor skrivna, 3 oförändrade, 4 andra filer skrivna, 5 filer borttagna, 12,35 s, inga varningar.")
        #expect(many.previewLine == "Byggt: 2 sidor skrivna, 3 oförändrade, 5 filer borttagna.")
    }
}
