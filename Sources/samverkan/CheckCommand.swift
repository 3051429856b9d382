import ArgumentParser
import Foundation
import SamverkanKit

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
            ? "Innehållet är i ordning (\(String(format: "%.2f", Summary.seconds(since: started)).replacingOccurrences(of: ".", with: ",")) s, \(result.warningCount))."
            : "Kontrollen hittade problem: \(problems)."
        try report.finish(result, summary: summary)
    }
}
