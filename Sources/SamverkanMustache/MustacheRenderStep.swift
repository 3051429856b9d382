/// A range of instructions being rendered, on the renderer's own stack (the renderer does not
/// recurse, so no template can exhaust a thread's stack): where it is, and what to undo at its end.
struct MustacheRenderStep {
    enum Exit: UInt8 {
        /// Nothing to undo.
        case none
        /// A section over one value: pop it from the context stack.
        case popValue
        /// A section over a list: pop the element, then render the range again with the next one.
        case nextItem
        /// A block with indentation: restore the indentation before it.
        case restoreIndentation
        /// A partial: restore the indentation, leave the inclusion.
        case endInclusion
        /// A parent: as a partial, and drop the parent's overrides.
        case endParent
    }

    /// The template whose instructions these are.
    let template: MustacheTemplate
    let start: Int
    let end: Int
    var index: Int
    var exit: Exit
    /// For `.nextItem`: the list and the element to render next.
    var items: [MustacheValue] = []
    var nextItem = 0
    /// For `.restoreIndentation`, `.endInclusion` and `.endParent`: the indentation to restore.
    var savedIndentation: [UInt8] = []

    init(template: MustacheTemplate, start: Int, end: Int, exit: Exit) {
        self.template = template
        self.start = start
        self.end = end
        index = start
        self.exit = exit
    }
}
