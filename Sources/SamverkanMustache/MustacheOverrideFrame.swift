/// The overrides of one parent tag being rendered, with the template their content is in.
struct MustacheOverrideFrame {
    let template: MustacheTemplate
    let overrides: [MustacheBlockOverride]
}
