/// Pass 2: every closing tag paired with its opening tag, and what lies inside a parent tag.
extension MustacheParser {
    mutating func matchTags() throws(MustacheError) {
        /// Open pairs, innermost last: the opening tag, and whether what is inside is rendered.
        var open: [(index: Int, ignoresInside: Bool)] = []
        for index in tokens.indices {
            let outer = open.last
            tokens[index].irrelevant = outer?.ignoresInside ?? false
            switch tokens[index].kind {
            case .section, .invertedSection, .parent, .block:
                if tokens[index].kind == .block, let outer, tokens[outer.index].kind == .parent,
                   !tokens[outer.index].irrelevant {
                    // A block directly inside a parent tag: rendered, in the parent template.
                    tokens[index].irrelevant = false
                    tokens[index].shellOwner = outer.index
                }
                if tokens[index].kind == .parent && !tokens[index].irrelevant {
                    tokens[index].shellOwner = index
                }
                guard open.count < Self.maximumNesting else {
                    throw .nestedTooDeep(place(tokens[index].start), tag: tagText(tokens[index]), limit: Self.maximumNesting)
                }
                open.append((index, tokens[index].irrelevant || tokens[index].kind == .parent))
            case .close:
                let closing = tokens[index]
                guard let outer else {
                    throw .closeWithoutOpen(place(closing.start), closeTag: tagText(closing),
                                            openExample: tag("#", for: closing))
                }
                let opening = tokens[outer.index]
                guard name(opening) == name(closing) else {
                    let closesOuter = open.dropLast().contains { name(tokens[$0.index]) == name(closing) }
                    throw .mismatchedClose(place(closing.start), closeTag: tagText(closing), openTag: tagText(opening),
                                           openLine: opening.line,
                                           expectedClose: closeTag(for: opening), closesOuter: closesOuter)
                }
                open.removeLast()
                tokens[index].match = outer.index
                tokens[outer.index].match = index
                tokens[index].irrelevant = opening.irrelevant
                tokens[index].shellOwner = opening.shellOwner
            default:
                break
            }
        }
        if let innermost = open.last {
            let opening = tokens[innermost.index]
            throw .unclosedSection(place(opening.start), openTag: tagText(opening), sigil: bytes[opening.start + delimiterSets[opening.delimiters].open.count],
                                   closeTag: closeTag(for: opening))
        }
    }

    /// Splits the tokens into lines (each ending with its `.newline`, the last perhaps without).
    mutating func findLines() {
        tokenLineStarts = [0]
        tokenLines = []
        tokenLines.reserveCapacity(tokens.count)
        for index in tokens.indices {
            tokenLines.append(tokenLineStarts.count - 1)
            if tokens[index].kind == .newline && index + 1 < tokens.count {
                tokenLineStarts.append(index + 1)
            }
        }
    }

    /// The tokens of line `line`.
    func lineRange(_ line: Int) -> Range<Int> {
        let start = tokenLineStarts[line]
        let end = line + 1 < tokenLineStarts.count ? tokenLineStarts[line + 1] : tokens.count
        return start..<end
    }
}
