import SamverkanModel

/// The command line's spelling of the run's inputs: a problem with the date given to `new meeting`
/// is reported at `--date`, not at the library's "datum".
enum OptionNames {
    static func option(for input: RunInput) -> String {
        switch input {
        case .today: "--today"
        case .body: "--body"
        case .date: "--date"
        case .number: "--number"
        case .name: "--name"
        case .kind: "--kind"
        case .title: "--title"
        case .organisation: "--organisation"
        }
    }

    /// The diagnostics with every input named as its option.
    static func spelled(_ list: DiagnosticList) -> DiagnosticList {
        DiagnosticList(list.items.map { diagnostic in
            guard let input = diagnostic.location.input else { return diagnostic }
            var spelled = diagnostic
            spelled.location.path = option(for: input)
            return spelled
        })
    }
}
