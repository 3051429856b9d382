/// One problem found in a run: where it is, how bad it is, what is wrong and what to do.
///
/// Diagnostics are values. Every stage collects them and the whole run reports them together,
/// so a communicator sees every problem at once instead of fixing them one build at a time.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    /// What is wrong, in words a communicator understands (Swedish).
    public var message: String
    /// What to do about it, if there is more to say than the message says.
    public var hint: String?

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, location, message, hint: hint)
    }

    public static func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, location, message, hint: hint)
    }

    /// `path:line:col: error: message — hint`, one line.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += " — \(hint)" }
        return text
    }
}
