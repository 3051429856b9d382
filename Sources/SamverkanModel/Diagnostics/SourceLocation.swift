/// A place in a source file. Line and column count from 1; 0 means "not known".
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible, Encodable {
    public var path: String
    public var line: Int
    public var column: Int
    /// Set when the problem is in an input of the run, not in a file; `path` is then its label.
    public var input: RunInput?

    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    public init(input: RunInput) {
        self.init(path: input.label)
        self.input = input
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }

    /// `path:line:col`, leaving out what is not known.
    public var description: String {
        guard line > 0 else { return path }
        guard column > 0 else { return "\(path):\(line)" }
        return "\(path):\(line):\(column)"
    }
}
