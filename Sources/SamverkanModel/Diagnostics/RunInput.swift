/// An input of a run that is not a file — what to scaffold, today's date — as the place a
/// diagnostic is about. The library names inputs, never how a front end spells them: the command
/// line shows each as its option (`--date`).
public enum RunInput: String, Sendable, Hashable, CaseIterable, Encodable {
    case today
    case body
    case date
    case number
    case name
    case kind
    case title
    case organisation

    /// How a diagnostic names the input when no front end renames it.
    public var label: String {
        switch self {
        case .today: "dagens datum"
        case .body: "organ"
        case .date: "datum"
        case .number: "mötesnummer"
        case .name: "namn"
        case .kind: "typ"
        case .title: "titel"
        case .organisation: "organisation"
        }
    }
}
