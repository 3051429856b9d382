import ArgumentParser

@main
struct Samverkan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samverkan",
        abstract: "Bygger webbplatsen för Vårdsamverkan Västra Götaland ur mötesanteckningar i Markdown.",
        subcommands: [BuildCommand.self, CheckCommand.self],
        defaultSubcommand: BuildCommand.self)
}
