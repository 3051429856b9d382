import ArgumentParser

@main
struct Samverkan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samverkan",
        abstract: "Bygger webbplatsen för Vårdsamverkan Västra Götaland ur mötesanteckningar i Markdown.",
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, ImportCommand.self, ServeCommand.self],
        defaultSubcommand: BuildCommand.self)
}
