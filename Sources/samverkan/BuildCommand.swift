import ArgumentParser
import Foundation
import SamverkanKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Bygger webbplatsen. Bara ändrade filer skrivs; vid fel skrivs ingenting.")

    @OptionGroup var site: SiteOptions
    @OptionGroup var report: ReportOptions

    func run() throws {
        let started = ContinuousClock.now
        let options = try site.buildOptions()
        let progress = report.format == .text ? TerminalProgress.ifTerminal() : nil
        let result = SiteBuilder(progress: progress?.show).build(options)
        progress?.clear()
        let summary: String
        if result.succeeded {
            var parts = [Summary.plural(result.pagesWritten, "sida skriven", "sidor skrivna"),
                         "\(result.pagesUnchanged) oförändrade"]
            let otherFiles = result.published.written.count - result.pagesWritten
            if otherFiles > 0 { parts.append(Summary.plural(otherFiles, "annan fil skriven", "andra filer skrivna")) }
            if !result.published.removed.isEmpty {
                parts.append(Summary.plural(result.published.removed.count, "fil borttagen", "filer borttagna"))
            }
            summary = "Klart (\(options.outputDirectory)/): " + parts.joined(separator: ", ")
                + ", \(Summary.seconds(since: started)), \(Summary.warnings(result))."
        } else {
            summary = "Bygget avbröts: ingenting skrevs till \(options.outputDirectory)/."
        }
        try report.finish(result, summary: summary, counts: [
            "pages": result.pageCount, "pagesWritten": result.pagesWritten, "pagesUnchanged": result.pagesUnchanged,
            "filesRemoved": result.published.removed.count,
        ])
    }
}
