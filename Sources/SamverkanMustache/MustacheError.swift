/// A problem with a template, as a value: where it is and what to do about it, in Swedish.
///
/// Parse errors come from `MustacheLibrary.register` and `MustacheTemplate.init`; render errors
/// (a template that does not exist, partials nested too deep) from `MustacheLibrary.render`;
/// `MustacheLibrary.missingPartials()` lists the partials that are not there. Line and column
/// count from 1 (the column in characters); 0 means not known.
public struct MustacheError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name the template was registered under.
    public var templateName: String
    /// Line and column (in characters) from 1; 0 when not known.
    public var line: Int
    public var column: Int
    /// What is wrong, e.g. `en sektion {{#secretary}} avslutas aldrig`.
    public var message: String
    /// What to do, e.g. `skriv {{/secretary}} där sektionen slutar`.
    public var hint: String?

    /// An error at `line` and `column` (0: not known) of `templateName`.
    public init(templateName: String, line: Int, column: Int, message: String, hint: String? = nil) {
        self.templateName = templateName
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `name:line:column: message (hint)`.
    public var description: String {
        var place = templateName
        if line > 0 {
            place += ":\(line)"
            if column > 0 {
                place += ":\(column)"
            }
        }
        guard let hint else { return "\(place): \(message)" }
        return "\(place): \(message) (\(hint))"
    }
}
