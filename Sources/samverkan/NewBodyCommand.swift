import ArgumentParser
import SamverkanModel
import SamverkanSite

struct NewBodyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "body",
        abstract: "Skapar content/bodies/<id>.md för ett organ.",
        discussion: "Finns filen redan skrivs den inte över.")

    @Option(name: .long, help: "Mappen med innehåll.")
    var content = "content"

    @Argument(help: "Organets id: små bokstäver a–z, siffror och bindestreck, t.ex. arbetsgrupp-lakemedel.")
    var id: String

    @Option(name: .long, help: "Organets hela namn. Annars id:t i ord; ändra det i filen.")
    var name: String?

    @Option(name: .long, help: "Kort namn, t.ex. SRO.")
    var short: String?

    @Option(name: .long, help: "politisk, tjänsteperson eller arbetsgrupp (förval).")
    var kind: String?

    func run() throws {
        let request = BodyScaffold.Request(id: id, name: name, short: short, kind: kind)
        try NewReport.finish(Scaffolder().newBody(request, contentDirectory: CommandLinePaths.display(content)))
    }
}
