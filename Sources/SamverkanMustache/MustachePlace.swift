/// A template and a line and column in it, where a message points.
struct MustachePlace {
    let templateName: String
    let line: Int
    let column: Int

    func error(_ message: String, hint: String) -> MustacheError {
        MustacheError(templateName: templateName, line: line, column: column, message: message, hint: hint)
    }
}
