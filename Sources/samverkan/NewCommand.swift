import ArgumentParser
import Foundation
import SamverkanModel
import SamverkanSite

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Skapar en ny innehållsfil: ett möte eller ett organ. En befintlig fil skrivs aldrig över.",
        subcommands: [NewMeetingCommand.self, NewBodyCommand.self])
}

enum NewReport {
    /// Prints the problems (one line each) or the line that names the new file; exits 1 on a problem.
    static func finish(_ result: ScaffoldResult) throws {
        FileHandle.standardError.write(Data(DiagnosticPrinter.report(OptionNames.spelled(result.diagnostics)).utf8))
        if result.succeeded, let created = result.created {
            print(created.summary)
            return
        }
        print("Ingen fil skapades.")
        throw ExitCode(1)
    }
}
