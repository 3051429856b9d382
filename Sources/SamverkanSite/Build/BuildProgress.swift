import SamverkanModel

/// How far a build has come, for a progress line on a terminal.
public enum BuildProgress: Sendable, Hashable {
    /// A stage started: "Läser innehållet", "Skriver webbplatsen".
    case stage(String)
    /// Pages rendered so far, of all.
    case pages(done: Int, of: Int)
}
