/// Renders compiled templates into one byte buffer. One renderer per render call: its context
/// stack, block overrides and indentation are its own, so renders on different threads share
/// nothing but the immutable library.
///
/// The renderer keeps its own stack of instruction ranges (`MustacheRenderStep`) instead of
/// recursing, so sections and partials nested however deep never exhaust a thread's stack;
/// partials and parents including each other more than `maximumDepth` levels deep are an error.
struct MustacheRenderer {
    /// How many partials and parents may be inside each other.
    static let maximumDepth = 100

    let library: MustacheLibrary
    /// What has been rendered (its owner, `MustacheLibrary.render`, deallocates it).
    var output: MustacheByteBuffer
    /// The context stack, innermost last.
    var stack: [MustacheValue]
    /// The instruction ranges being rendered, innermost last.
    var steps: [MustacheRenderStep] = []
    /// The blocks overridden by the parent tags being rendered, outermost first: the outermost
    /// override of a name wins (the spec's multi-level inheritance).
    var overrides: [MustacheOverrideFrame] = []
    /// Added at the start of each line of the template being rendered.
    var indentation: [UInt8] = []
    var inclusionDepth = 0

    init(library: MustacheLibrary, context: MustacheValue, capacity: Int) {
        self.library = library
        output = MustacheByteBuffer(capacity: capacity)
        stack = [context]
        stack.reserveCapacity(16)
        steps.reserveCapacity(16)
    }

    /// Renders a whole template.
    mutating func render(_ template: MustacheTemplate) throws(MustacheError) {
        steps.append(MustacheRenderStep(template: template, start: 0, end: template.program.instructions.count, exit: .none))
        while let last = steps.indices.last {
            // The innermost step's instructions, until one of them starts a new step.
            let template = steps[last].template
            var index = steps[last].index
            let end = steps[last].end
            let depth = steps.count
            while index < end && steps.count == depth {
                index = try perform(at: index, in: template)
            }
            if steps.count != depth {
                steps[last].index = index
            } else {
                finishStep(last)
            }
        }
    }

    /// Runs the instruction at `index`; returns the index of the next one in this range.
    private mutating func perform(at index: Int, in template: MustacheTemplate) throws(MustacheError) -> Int {
        switch template.program.instructions[index] {
        case .text(let start, let end, let lineStartsStart, let lineStartsEnd):
            appendText(template, Int(start), Int(end), Int(lineStartsStart), Int(lineStartsEnd))
        case .variable(let name, let escaped):
            appendVariable(name, escaped: escaped, template)
        case .section(let name, let end):
            let value = resolve(name, template)
            switch value {
            case .null:
                return Int(end)
            case .bool(let isTrue):
                guard isTrue else { return Int(end) }
            case .list(let items):
                guard let first = items.first else { return Int(end) }
                stack.append(first)
                var step = MustacheRenderStep(template: template, start: index + 1, end: Int(end), exit: .nextItem)
                step.items = items
                step.nextItem = 1
                steps.append(step)
                return Int(end)
            default:
                break
            }
            stack.append(value)
            steps.append(MustacheRenderStep(template: template, start: index + 1, end: Int(end), exit: .popValue))
            return Int(end)
        case .invertedSection(let name, let end):
            if isFalsey(name, template) {
                return index + 1
            }
            return Int(end)
        case .partial(let inclusion):
            try include(template.program.inclusions[Int(inclusion)], from: template, isParent: false)
        case .parent(let inclusion, let end):
            try include(template.program.inclusions[Int(inclusion)], from: template, isParent: true)
            return Int(end)
        case .block(let name, let indentationStart, let indentationEnd, let end):
            var step = override(for: name)
                ?? MustacheRenderStep(template: template, start: index + 1, end: Int(end), exit: .none)
            if indentationEnd > indentationStart {
                step.exit = .restoreIndentation
                step.savedIndentation = indentation
                indentation.append(contentsOf: template.program.text[Int(indentationStart)..<Int(indentationEnd)])
            }
            steps.append(step)
            return Int(end)
        }
        return index + 1
    }

    /// The end of a step's range: undo what it set up, or start its list's next element.
    private mutating func finishStep(_ last: Int) {
        switch steps[last].exit {
        case .none:
            break
        case .popValue:
            stack.removeLast()
        case .nextItem:
            stack.removeLast()
            let next = steps[last].nextItem
            if next < steps[last].items.count {
                stack.append(steps[last].items[next])
                steps[last].nextItem = next + 1
                steps[last].index = steps[last].start
                return
            }
        case .restoreIndentation:
            indentation = steps[last].savedIndentation
        case .endInclusion, .endParent:
            indentation = steps[last].savedIndentation
            if steps[last].exit == .endParent {
                overrides.removeLast()
            }
            inclusionDepth -= 1
        }
        steps.removeLast()
    }

    /// A partial or parent: the template rendered with the same context stack. One that is not
    /// registered renders as nothing.
    private mutating func include(_ inclusion: MustacheInclusion, from template: MustacheTemplate,
                                  isParent: Bool) throws(MustacheError) {
        guard let included = library.template(for: inclusion.name) else { return }
        guard inclusionDepth < Self.maximumDepth else {
            throw .recursionTooDeep(
                MustachePlace(templateName: inclusion.templateName, line: inclusion.line, column: inclusion.column),
                tag: inclusion.tag, limit: Self.maximumDepth)
        }
        inclusionDepth += 1
        var step = MustacheRenderStep(template: included, start: 0, end: included.program.instructions.count,
                                      exit: isParent ? .endParent : .endInclusion)
        step.savedIndentation = indentation
        if let extra = inclusion.indentation {
            indentation.append(contentsOf: extra)
        } else {
            indentation = []
        }
        if isParent {
            overrides.append(MustacheOverrideFrame(template: template, overrides: inclusion.overrides))
        }
        steps.append(step)
    }

    /// A step for the content that overrides block `name`, from the outermost parent tag that has one.
    private func override(for name: MustacheSymbol) -> MustacheRenderStep? {
        for frame in overrides {
            for override in frame.overrides where override.name == name {
                return MustacheRenderStep(template: frame.template, start: Int(override.start), end: Int(override.end),
                                          exit: .none)
            }
        }
        return nil
    }
}
