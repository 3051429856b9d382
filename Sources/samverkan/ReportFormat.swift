import ArgumentParser
import Foundation
import SamverkanModel
import SamverkanSite

extension DiagnosticPrinter.Format: ExpressibleByArgument {}

/// How a command prints its diagnostics and its closing line.
struct ReportOptions: ParsableArguments {
    @Option(name: .long, help: "Hur problem skrivs ut: text (för människor), json (för verktyg) eller github (anteckningar i GitHub Actions).")
    var format: DiagnosticPrinter.Format = .text

    /// Prints the diagnostics, then `summary` (one line), and exits non-zero when the run failed.
    func finish(_ report: BuildReport, summary: String, counts: [String: Int] = [:]) throws {
        var report = report
        report.diagnostics = OptionNames.spelled(report.diagnostics)
        switch format {
        case .text:
            standardError(DiagnosticPrinter.report(report.diagnostics))
            if report.strict, !report.diagnostics.hasErrors, !report.diagnostics.warnings.isEmpty {
                standardError("--strict: varningarna räknas som fel.\n")
            }
            print(summary)
        case .json:
            print(DiagnosticPrinter.json(report.diagnostics, succeeded: report.succeeded, summary: counts), terminator: "")
        case .github:
            print(DiagnosticPrinter.github(report.diagnostics), terminator: "")
            print(summary)
        }
        if !report.succeeded { throw ExitCode(report.exitStatus) }
    }

    func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

enum Summary {
    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let duration = ContinuousClock.now - start
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
