/// One instruction of a compiled template. Every payload is a plain value (indices into the
/// template's arrays), so running an instruction costs no reference counting. A section's
/// content is the instructions after it up to `end`.
enum MustacheInstruction: Sendable {
    /// Literal text: `text[start..<end]` of the template, with lines of the template beginning at
    /// the offsets `lineStarts[lineStartsStart..<lineStartsEnd]` (where indentation goes).
    case text(start: Int32, end: Int32, lineStartsStart: Int32, lineStartsEnd: Int32)
    /// `{{name}}` (escaped) or `{{{name}}}`/`{{&name}}`.
    case variable(MustacheName, escaped: Bool)
    /// `{{#name}}`: content up to `end`.
    case section(MustacheName, end: Int32)
    /// `{{^name}}`: content up to `end`.
    case invertedSection(MustacheName, end: Int32)
    /// `{{>name}}`: `inclusions[index]` of the template.
    case partial(Int32)
    /// `{{<name}}…{{/name}}`: `inclusions[index]`; the overrides' content lies up to `end`.
    case parent(Int32, end: Int32)
    /// `{{$name}}default{{/name}}` outside a parent tag: a place an inheriting template may fill.
    /// `text[indentationStart..<indentationEnd]` is added to every line rendered there; the
    /// default content lies up to `end`.
    case block(MustacheSymbol, indentationStart: Int32, indentationEnd: Int32, end: Int32)
}
