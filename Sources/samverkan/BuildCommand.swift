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
        let result = SiteBuilder(search: try search.indexing(), progress: progress?.show).build(options)
        progress?.clear()
        let summary = result.summaryLine(outputDirectory: options.outputDirectory, seconds: Summary.seconds(since: started))
        try report.finish(result, summary: summary, counts: [
            "pages": result.pageCount, "pagesWritten": result.pagesWritten, "pagesUnchanged": result.pagesUnchanged,
            "filesRemoved": result.published.removed.count,
        ])
    }
}
