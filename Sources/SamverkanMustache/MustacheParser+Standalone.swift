/// Pass 3: standalone tags. A tag that is alone on its line, apart from spaces and tabs, takes
/// the line with it: the whitespace before it and the line end after it are not rendered.
///
/// Parent tags and the blocks directly inside them follow the inheritance spec: what is inside a
/// parent tag outside its blocks is never rendered, so these tags look past it. A parent's
/// opening tag only needs a clear left side (its right side is inside the parent); a block's
/// opening tag inside a parent only a clear right side (its content starts on the next line);
/// a block's closing tag inside a parent only a clear left side.
extension MustacheParser {
    mutating func markStandaloneTags() {
        for line in tokenLineStarts.indices {
            let range = lineRange(line)
            var contentEnd = range.upperBound
            if contentEnd > range.lowerBound && tokens[contentEnd - 1].kind == .newline {
                contentEnd -= 1
            }
            // before[i]: the tokens of the line before token i; after[i]: those after it.
            let before = prefixClearance(range.lowerBound..<contentEnd)
            let after = suffixClearance(range.lowerBound..<contentEnd)
            // Whitespace already deleted: before `deletedBefore`, and from `deletedFrom` on.
            var deletedBefore = range.lowerBound
            var deletedFrom = contentEnd
            for index in range.lowerBound..<contentEnd where tokens[index].canStandAlone && !tokens[index].irrelevant {
                let (checksLeft, checksRight) = sides(of: index)
                let owner = tokens[index].shellOwner
                let offset = index - range.lowerBound
                tokens[index].clearLeft = before[offset].clears(owner: owner)
                guard !checksLeft || tokens[index].clearLeft,
                      !checksRight || after[offset].clears(owner: owner) else { continue }
                tokens[index].standalone = true
                let indentation = leadingWhitespace(line)
                tokens[index].indentStart = indentation.lowerBound
                tokens[index].indentEnd = indentation.upperBound
                if checksLeft && index > deletedBefore {
                    deleteWhitespace(deletedBefore..<index)
                    deletedBefore = index
                }
                if checksRight && index + 1 < deletedFrom {
                    deleteWhitespace((index + 1)..<deletedFrom)
                    deletedFrom = index + 1
                }
                if checksRight && contentEnd < range.upperBound && !tokens[contentEnd].irrelevant {
                    tokens[contentEnd].deleted = true
                }
            }
        }
    }

    /// For each token in `range`, the clearance of the tokens before it in the range.
    func prefixClearance(_ range: Range<Int>) -> [MustacheClearance] {
        var result: [MustacheClearance] = []
        result.reserveCapacity(range.count)
        var clearance = MustacheClearance.all
        for index in range {
            result.append(clearance)
            clearance = clearance.adding(blank: isBlankBeside(tokens[index]), shellOwner: tokens[index].shellOwner)
        }
        return result
    }

    /// For each token in `range`, the clearance of the tokens after it in the range.
    func suffixClearance(_ range: Range<Int>) -> [MustacheClearance] {
        var result = [MustacheClearance](repeating: .all, count: range.count)
        var clearance = MustacheClearance.all
        for index in range.reversed() {
            result[index - range.lowerBound] = clearance
            clearance = clearance.adding(blank: isBlankBeside(tokens[index]), shellOwner: tokens[index].shellOwner)
        }
        return result
    }

    /// Never rendered output beside a tag: spaces and tabs, and everything inside a parent tag.
    private func isBlankBeside(_ token: MustacheToken) -> Bool {
        token.irrelevant || isBlankText(token)
    }

    /// Which sides of a tag must be clear for it to stand alone.
    func sides(of index: Int) -> (left: Bool, right: Bool) {
        let token = tokens[index]
        guard token.shellOwner >= 0 else { return (true, true) }
        switch token.kind {
        case .parent: return (true, false)
        case .block: return (false, true)
        case .close where tokens[token.match].kind == .block: return (true, false)
        default: return (true, true)
        }
    }

    private mutating func deleteWhitespace(_ range: Range<Int>) {
        for index in range where tokens[index].kind == .text && !tokens[index].irrelevant {
            tokens[index].deleted = true
        }
    }

    /// The spaces and tabs a line begins with (bytes of the source).
    func leadingWhitespace(_ line: Int) -> Range<Int> {
        let range = lineRange(line)
        guard let first = range.first else { return 0..<0 }
        let token = tokens[first]
        var end = token.start
        if token.kind == .text {
            while end < token.end && Self.isBlank(bytes[end]) {
                end += 1
            }
        }
        return token.start..<end
    }

    /// The indentation of a block, removed from each line of its content and added at the place
    /// the content is rendered: with the opening tag alone on its line, the indentation of the
    /// first line of content (or of the tag's line when there is no content); with only
    /// whitespace before the tag, that whitespace; otherwise none.
    func blockIndentation(_ index: Int) -> Range<Int> {
        let token = tokens[index]
        let line = tokenLines[index]
        if token.standalone && sides(of: index).right {
            var next = line + 1
            while next < tokenLineStarts.count {
                let range = lineRange(next)
                var first = range.lowerBound
                while first < range.upperBound && (tokens[first].kind == .newline || isBlankText(tokens[first])) {
                    first += 1
                }
                if first == range.upperBound {
                    next += 1
                    continue
                }
                if first >= token.match {
                    break
                }
                return leadingWhitespace(next)
            }
            return leadingWhitespace(line)
        }
        if token.clearLeft {
            return leadingWhitespace(line)
        }
        return token.start..<token.start
    }
}
