import ArgumentParser
import SamverkanModel
import SamverkanSite

/// Where the site's sources and output are, and its "today": shared by build, check and serve.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "Mappen med innehåll.")
    var content = "content"

    @Option(name: .long, help: "Mappen med Mustache-mallar och assets/.")
    var templates = "templates"

    @Option(name: .long, help: "Mappen som webbplatsen skrivs till.")
    var output = "site"

    @Option(name: .long, help: "Dagens datum (ÅÅÅÅ-MM-DD) som skiljer kommande möten från hållna. Annars SOURCE_DATE_EPOCH, annars klockan.")
    var today: String?

    @Flag(name: .long, help: "Varningar räknas som fel: ingenting skrivs och utgångskoden blir 1.")
    var strict = false

    func buildOptions() throws -> BuildOptions {
        BuildOptions(contentDirectory: CommandLinePaths.display(content),
                     templatesDirectory: CommandLinePaths.display(templates),
                     outputDirectory: CommandLinePaths.display(output),
                     today: try CommandLinePaths.today(today), strict: strict)
    }
}
