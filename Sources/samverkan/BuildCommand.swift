import ArgumentParser
import Foundation
import SamverkanModel
import SamverkanSite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Bygger webbplatsen. Bara ändrade filer skrivs; vid fel skrivs ingenting.")

    @OptionGroup var site: SiteOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var search: SearchOptions

    func run() throws {
        let started = ContinuousClock.now
        let options = try site.buildOptions()
        let progress = report.format == .text ? TerminalProgress.ifTerminal() : nil
        let timings = StageTimings.fromEnvironment()
        let show: (@Sendable (BuildProgress) -> Void)? = switch (progress, timings) {
        case let (progress?, timings?): { progress.show($0); timings.note($0) }
        case let (progress?, nil): progress.show
        case let (nil, timings?): timings.note
        case (nil, nil): nil
        }
        let result = SiteBuilder(search: try search.indexing(), progress: show).build(options)
        timings?.finish()
        progress?.clear()
        let summary = result.summaryLine(outputDirectory: options.outputDirectory, seconds: Summary.seconds(since: started))
        try report.finish(result, summary: summary, counts: [
            "pages": result.pageCount, "pagesWritten": result.pagesWritten, "pagesUnchanged": result.pagesUnchanged,
            "filesRemoved": result.published.removed.count,
        ])
    }
}
