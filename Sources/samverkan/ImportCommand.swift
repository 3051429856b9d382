import ArgumentParser
import SamverkanImport
import SamverkanModel
import SamverkanSite

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Gör ett utkast till mötesanteckning ur ett Word-dokument (.docx). En befintlig fil skrivs aldrig över.",
        discussion: """
            Läser dokumentet med pandoc och skriver content/meetings/ÅÅÅÅ/ÅÅÅÅ-MM-DD-<organ>.md: datum, tid och \
            plats ur raderna Datum:, Tid: och Plats:, deltagarlistorna (frånvaro markerad), punkterna som \
            ## 1. och ### a. (också ur en tabell Mötespunkt | Anteckning), varje rad Ställningstagande: eller \
            Beslut: som ställningstagande på sin punkt, och Vid anteckningarna som sekreterare. Det som inte \
            kan placeras står kvar i texten; det som är osäkert skrivs ut som varningar med radnummer i den \
            nya filen. Granska utkastet och kör sedan samverkan check.
            """)

    @Argument(help: "Word-dokumentet (.docx).")
    var document: String

    @Option(name: .long, help: "Mappen med innehåll.")
    var content = "content"

    @Option(name: .long, help: "Organets id, som filnamnet i bodies/ utan .md, t.ex. sro.")
    var body: String

    @Option(name: .long, help: "Mötesdagen, ÅÅÅÅ-MM-DD, om dokumentet inte säger den (eller säger fel).")
    var date: String?

    func run() throws {
        let request = MinutesImporter.Request(document: document, body: body, date: date)
        try NewReport.finish(MinutesImporter().importMinutes(request, contentDirectory: CommandLinePaths.display(content)))
    }
}
