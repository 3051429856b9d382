import ArgumentParser
import Foundation
import SamverkanKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Bygger webbplatsen. Vid fel skrivs ingenting och utmappen lämnas orörd.")

    @Option(name: .long, help: "Mappen med innehåll.")
    var content = "content"

    @Option(name: .long, help: "Mappen med Mustache-mallar och assets/.")
    var templates = "templates"

    @Option(name: .long, help: "Mappen som webbplatsen skrivs till.")
    var output = "site"

    @Option(name: .long, help: "Dagens datum (ÅÅÅÅ-MM-DD) för vad som räknas som kommande möten.")
    var today: String?

    func run() throws {
        let started = Date()
        let options = BuildOptions(contentDirectory: CommandLinePaths.display(content),
                                   templatesDirectory: CommandLinePaths.display(templates),
                                   outputDirectory: CommandLinePaths.display(output),
                                   today: try CommandLinePaths.today(today))
        let report = SiteBuilder().build(options)
        FileHandle.standardError.write(Data(DiagnosticPrinter.report(report.diagnostics).utf8))
        guard report.succeeded else {
            FileHandle.standardError.write(Data("Bygget avbröts: ingenting skrevs till \(options.outputDirectory)/.\n".utf8))
            throw ExitCode(report.exitStatus)
        }
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        print("Byggde \(report.pagesWritten) sidor och kopierade \(report.filesCopied) filer till \(options.outputDirectory)/ på \(seconds) s.")
    }
}
