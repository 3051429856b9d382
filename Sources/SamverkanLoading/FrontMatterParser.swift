import SamverkanModel

/// Turns front-matter YAML into a `YAMLNode` tree. One interface, so the YAML library can be swapped.
public protocol FrontMatterParser: Sendable {
    /// nil for an empty document.
    func parse(_ yaml: String) throws(YAMLSyntaxError) -> YAMLNode?
}

/// YAML that does not parse: where, and the parser's own words.
public struct YAMLSyntaxError: Error, Sendable, Hashable {
    public var line: Int
    public var column: Int
    public var problem: String

    public init(line: Int, column: Int, problem: String) {
        self.line = line
        self.column = column
        self.problem = problem
    }
}
