import ArgumentParser
import Foundation
import SamverkanModel
import SamverkanSite

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kontrollerar innehållet och visar alla problem på en gång, utan att skriva något.")

    @OptionGroup var site: SiteOptions
    @OptionGroup var report: ReportOptions

    func run() throws {
        let started = ContinuousClock.now
        let result = SiteBuilder().check(try site.buildOptions())
        let problems = DiagnosticPrinter.count(result.diagnostics.sorted)
        let summary = result.succeeded
            ? "Innehållet är i ordning (\(BuildReport.duration(Summary.seconds(since: started))), \(result.warningCount))."
            : "Kontrollen hittade problem: \(problems)."
        try report.finish(result, summary: summary)
    }
}
