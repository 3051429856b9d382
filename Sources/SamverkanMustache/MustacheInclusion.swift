/// A `{{>name}}` or `{{<name}}…{{/name}}` tag as compiled.
final class MustacheInclusion: Sendable {
    /// The template to render, looked up in the library when rendering.
    let name: MustacheSymbol
    /// For a standalone tag, the indentation added to every line of the included template;
    /// nil for a tag inside a line (the included template's lines are then not indented).
    let indentation: [UInt8]?
    /// The blocks a parent tag overrides (empty for a partial).
    let overrides: [MustacheBlockOverride]
    /// Where the tag is, for the error when partials nest too deep.
    let templateName: String
    let line: Int
    let column: Int
    let tag: String

    init(name: MustacheSymbol, indentation: [UInt8]?, overrides: [MustacheBlockOverride],
         templateName: String, line: Int, column: Int, tag: String) {
        self.name = name
        self.indentation = indentation
        self.overrides = overrides
        self.templateName = templateName
        self.line = line
        self.column = column
        self.tag = tag
    }
}
