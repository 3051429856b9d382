import ArgumentParser
import SamverkanModel
import SamverkanSite

struct NewMeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Skapar content/meetings/ÅÅÅÅ/ÅÅÅÅ-MM-DD-<organ>.md för ett möte.",
        discussion: """
            Plats, format och tider blir organets vanligaste. Ett hållet möte får deltagarna från organets \
            senaste möte med deltagarlista (alla närvarande) och en dagordning att fylla i; med --planned \
            blir mötet planerat, utan deltagare och text. Finns filen redan skrivs den inte över.
            """)

    @Option(name: .long, help: "Mappen med innehåll.")
    var content = "content"

    @Option(name: .long, help: "Organets id, som filnamnet i bodies/ utan .md, t.ex. sro.")
    var body: String

    @Option(name: .long, help: "Mötesdagen, ÅÅÅÅ-MM-DD.")
    var date: String

    @Flag(name: .long, help: "Ett planerat möte (status: planned): utan deltagare och dagordning.")
    var planned = false

    @Option(name: .long, help: "Organets andra (2), tredje (3) … möte samma dag: filnamnet slutar på -2, -3 ….")
    var number: String?

    func run() throws {
        let request = MeetingScaffold.Request(body: body, date: date, planned: planned, number: number)
        try NewReport.finish(Scaffolder().newMeeting(request, contentDirectory: CommandLinePaths.display(content)))
    }
}
