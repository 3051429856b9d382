/// Builds a `MustacheProgram` while the parser walks the template: text is gathered into runs,
/// containers are patched with their end when they close.
struct MustacheProgramBuilder {
    private(set) var program = MustacheProgram()
    /// Where the current run of text begins in `program.text` and `program.lineStarts`.
    private var runStart: Int32 = 0
    private var runLineStarts: Int32 = 0

    var instructionCount: Int32 {
        Int32(program.instructions.count)
    }

    /// Marks the start of a line of the template: indentation goes here.
    mutating func markLineStart() {
        let offset = Int32(program.text.count)
        if program.lineStarts.count == Int(runLineStarts) || program.lineStarts.last != offset {
            program.lineStarts.append(offset)
        }
    }

    mutating func append<Bytes: Collection<UInt8>>(text bytes: Bytes) {
        program.text.append(contentsOf: bytes)
    }

    /// Adds an instruction after the text gathered so far; returns its index.
    @discardableResult
    mutating func append(_ instruction: MustacheInstruction) -> Int32 {
        flushText()
        program.instructions.append(instruction)
        return instructionCount - 1
    }

    /// Bytes kept in `program.text` outside text instructions (a block's indentation).
    mutating func store(_ bytes: [UInt8]) -> (start: Int32, end: Int32) {
        flushText()
        let start = Int32(program.text.count)
        program.text.append(contentsOf: bytes)
        runStart = Int32(program.text.count)
        return (start, runStart)
    }

    mutating func name(_ text: String) -> MustacheName {
        if text == "." {
            return MustacheName(first: MustacheName.implicit, restStart: 0, restEnd: 0)
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { MustacheSymbol(String($0)).id }
        let restStart = Int32(program.nameParts.count)
        program.nameParts.append(contentsOf: parts.dropFirst())
        return MustacheName(first: parts.first ?? MustacheName.implicit, restStart: restStart,
                            restEnd: Int32(program.nameParts.count))
    }

    mutating func addInclusion(_ inclusion: MustacheInclusion) -> Int32 {
        program.inclusions.append(inclusion)
        return Int32(program.inclusions.count - 1)
    }

    /// Sets the end of the container instruction at `index` to the current end.
    mutating func close(_ index: Int32) {
        flushText()
        let end = instructionCount
        switch program.instructions[Int(index)] {
        case .section(let name, _): program.instructions[Int(index)] = .section(name, end: end)
        case .invertedSection(let name, _): program.instructions[Int(index)] = .invertedSection(name, end: end)
        case .parent(let inclusion, _): program.instructions[Int(index)] = .parent(inclusion, end: end)
        case .block(let name, let start, let indentationEnd, _):
            program.instructions[Int(index)] = .block(name, indentationStart: start, indentationEnd: indentationEnd, end: end)
        case .text, .variable, .partial: break
        }
    }

    /// Replaces the parent instruction at `index` (its inclusion is known when it closes).
    mutating func setParent(_ index: Int32, inclusion: Int32) {
        flushText()
        program.instructions[Int(index)] = .parent(inclusion, end: instructionCount)
    }

    mutating func finish() -> MustacheProgram {
        flushText()
        return program
    }

    /// Ends the current run of text as a text instruction.
    mutating func flushText() {
        let end = Int32(program.text.count)
        let lineStartsEnd = Int32(program.lineStarts.count)
        if end > runStart || lineStartsEnd > runLineStarts {
            program.instructions.append(.text(start: runStart, end: end, lineStartsStart: runLineStarts,
                                              lineStartsEnd: lineStartsEnd))
        }
        runStart = end
        runLineStarts = lineStartsEnd
    }
}
