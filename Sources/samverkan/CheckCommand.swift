import ArgumentParser
import Foundation
import SamverkanKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kontrollerar innehållet utan att skriva något.")

    @Option(name: .long, help: "Mappen med innehåll.")
    var content = "content"

    func run() throws {
        let report = SiteBuilder().check(contentDirectory: CommandLinePaths.display(content))
        FileHandle.standardError.write(Data(DiagnosticPrinter.report(report.diagnostics).utf8))
        guard report.succeeded else { throw ExitCode(report.exitStatus) }
        print("Innehållet är i ordning.")
    }
}
