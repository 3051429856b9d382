/// Pass 4: the instructions. Lines are marked where they begin (for indentation), blocks lose
/// their own indentation, and every name is interned and recorded with its place.
extension MustacheParser {
    /// Whether the next output begins a line of the template.
    private enum LineStart {
        case no
        /// A line of the source: its leading whitespace is subject to the block's indentation.
        case real
        /// The start of a block's content: a line when the block is rendered on a line of its own.
        case virtual
    }

    mutating func buildProgram() -> MustacheProgram {
        var builder = MustacheProgramBuilder()
        var open = [MustacheOpenContainer(opening: -1, scope: nil, strip: 0..<0)]
        var lineStart = LineStart.real

        func markLine(_ builder: inout MustacheProgramBuilder) {
            if lineStart != .no {
                builder.markLineStart()
                lineStart = .no
            }
        }

        for line in tokenLineStarts.indices {
            lineStart = .real
            for index in lineRange(line) {
                let token = tokens[index]
                if token.deleted || token.irrelevant {
                    continue
                }
                let strip = open[open.count - 1].strip
                switch token.kind {
                case .text, .newline:
                    var start = token.start
                    if lineStart == .real {
                        start += commonPrefix(start..<token.end, strip)
                    }
                    markLine(&builder)
                    builder.append(text: bytes[start..<token.end])
                case .variable, .unescapedVariable:
                    markLine(&builder)
                    let name = builder.name(name(token))
                    builder.append(.variable(name, escaped: token.kind == .variable))
                    record(token, kind: token.kind == .variable ? .variable : .unescapedVariable, open)
                case .comment, .delimiters:
                    if !token.standalone {
                        markLine(&builder)
                    }
                case .section, .invertedSection:
                    if !token.standalone {
                        markLine(&builder)
                    }
                    let isSection = token.kind == .section
                    record(token, kind: isSection ? .section : .invertedSection, open)
                    let name = builder.name(name(token))
                    var container = MustacheOpenContainer(
                        opening: index, scope: isSection ? .section(self.name(token)) : .invertedSection(self.name(token)),
                        strip: strip)
                    container.instruction = builder.append(isSection ? .section(name, end: 0) : .invertedSection(name, end: 0))
                    open.append(container)
                case .partial:
                    var indentation: [UInt8]?
                    if token.standalone {
                        indentation = relativeIndentation(token.indentStart..<token.indentEnd, strip: strip)
                    } else {
                        markLine(&builder)
                    }
                    record(token, kind: .partial, open)
                    let inclusion = builder.addInclusion(inclusion(token, indentation: indentation, overrides: []))
                    builder.append(.partial(inclusion))
                case .parent:
                    if !token.standalone {
                        markLine(&builder)
                    }
                    record(token, kind: .parent, open)
                    var container = MustacheOpenContainer(opening: index, scope: .parent(name(token)), strip: 0..<0)
                    container.instruction = builder.append(.parent(-1, end: 0))
                    open.append(container)
                case .block:
                    let isOverride = token.shellOwner >= 0
                    if !token.standalone && !isOverride {
                        markLine(&builder)
                    }
                    record(token, kind: .block, open)
                    let indentation = blockIndentation(index)
                    var container = MustacheOpenContainer(opening: index, scope: .block(name(token)), strip: indentation)
                    if isOverride {
                        builder.flushText()
                        container.contentStart = builder.instructionCount
                    } else {
                        let stored = builder.store(relativeIndentation(indentation, strip: strip))
                        container.instruction = builder.append(.block(
                            MustacheSymbol(name(token)), indentationStart: stored.start, indentationEnd: stored.end, end: 0))
                    }
                    open.append(container)
                    lineStart = .virtual
                case .close:
                    if !token.standalone {
                        markLine(&builder)
                    }
                    lineStart = .no
                    close(&open, &builder)
                }
            }
        }
        return builder.finish()
    }

    /// Ends the innermost pair.
    private func close(_ open: inout [MustacheOpenContainer], _ builder: inout MustacheProgramBuilder) {
        let container = open.removeLast()
        let opening = tokens[container.opening]
        switch opening.kind {
        case .block where opening.shellOwner >= 0:
            builder.flushText()
            open[open.count - 1].overrides.append(MustacheBlockOverride(
                name: MustacheSymbol(name(opening)), start: container.contentStart, end: builder.instructionCount))
        case .parent:
            let indentation = opening.standalone
                ? relativeIndentation(opening.indentStart..<opening.indentEnd, strip: open[open.count - 1].strip) : nil
            let inclusion = builder.addInclusion(inclusion(opening, indentation: indentation, overrides: container.overrides))
            builder.setParent(container.instruction, inclusion: inclusion)
        default:
            builder.close(container.instruction)
        }
    }

    private func inclusion(_ token: MustacheToken, indentation: [UInt8]?,
                           overrides: [MustacheBlockOverride]) -> MustacheInclusion {
        MustacheInclusion(name: MustacheSymbol(name(token)), indentation: indentation, overrides: overrides,
                          templateName: templateName, line: token.line, column: token.column, tag: tagText(token))
    }

    /// The indentation in `range`, less the part the enclosing block removes from its lines.
    private func relativeIndentation(_ range: Range<Int>, strip: Range<Int>) -> [UInt8] {
        let removed = commonPrefix(range, strip)
        return Array(bytes[(range.lowerBound + removed)..<range.upperBound])
    }

    /// How many bytes at the start of `range` equal those at the start of `prefix` (whitespace only).
    private func commonPrefix(_ range: Range<Int>, _ prefix: Range<Int>) -> Int {
        var count = 0
        while count < range.count && count < prefix.count
            && bytes[range.lowerBound + count] == bytes[prefix.lowerBound + count]
            && Self.isBlank(bytes[range.lowerBound + count]) {
            count += 1
        }
        return count
    }

    private mutating func record(_ token: MustacheToken, kind: MustacheReference.Kind, _ open: [MustacheOpenContainer]) {
        let name = name(token)
        let path: [String]
        switch kind {
        case .variable, .unescapedVariable, .section, .invertedSection:
            path = name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        case .partial, .parent, .block:
            path = [name]
        }
        references.append(MustacheReference(kind: kind, name: name, path: path, line: token.line, column: token.column,
                                            enclosing: open.compactMap(\.scope)))
    }
}
