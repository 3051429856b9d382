/// A `{{$name}}…{{/name}}` inside a parent tag: content that replaces the parent's block `name`.
/// The content is `instructions[start..<end]` of the template with the parent tag; it was
/// compiled with its own indentation removed, and the block's place adds the place's.
struct MustacheBlockOverride: Sendable {
    let name: MustacheSymbol
    let start: Int32
    let end: Int32
}
