import ArgumentParser

@main
struct Samverkan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samverkan",
        abstract: "Bygger en webbplats med samverkansorgans mötesanteckningar och ställningstaganden ur Markdown.",
        subcommands: [BuildCommand.self, CheckCommand.self, InitCommand.self, NewCommand.self, ImportCommand.self, ServeCommand.self],
        defaultSubcommand: BuildCommand.self)
}
