import ArgumentParser
import Foundation
import SamverkanModel
import SamverkanSite

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Skapar en ny, tom webbplats: content/site.yml, sidorna om webbplatsen och tillgänglighet, mallarna.",
        discussion: """
            Webbplatsen får inga organ, möten eller ämnen; samverkan check godkänner den som den är, \
            med en varning för varje plats som är markerad [FYLL I: …]. Finns någon av filerna redan \
            skrivs ingenting.
            """)

    @Argument(help: "Mappen som webbplatsen skapas i (förval: den här mappen).")
    var directory = "."

    @Option(name: .long, help: "Webbplatsens namn (title i site.yml).")
    var title: String?

    @Option(name: .long, help: "Organisationen som står bakom webbplatsen (organisation i site.yml), t.ex. \"Regionen och länets kommuner\".")
    var organisation: String?

    func run() throws {
        let folder = CommandLinePaths.display(directory)
        let result = Scaffolder().newSite(SiteScaffold.Request(directory: folder, title: title, organisation: organisation))
        FileHandle.standardError.write(Data(DiagnosticPrinter.report(OptionNames.spelled(result.diagnostics)).utf8))
        guard result.succeeded else {
            print(result.created.isEmpty ? "Ingen fil skapades." : "Bara \(result.created.count) av filerna skapades.")
            throw ExitCode(1)
        }
        let templates = result.created.filter { $0.relativePath.hasPrefix("templates/") }.count
        print("Skapade en ny webbplats i \(folder): \(result.created.count - templates) innehållsfiler och \(templates) mallar.")
        for file in result.created where !file.relativePath.hasPrefix("templates/") { print("  \(file.path)") }
        print("  \(folder == "." ? "" : folder + "/")templates/ (mallarna och stilmallen; ändra dem om du vill)")
        print(SiteScaffold.nextSteps(directory: folder))
    }
}
