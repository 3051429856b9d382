/// What a build or check did: its diagnostics and, for a build that succeeded, what it wrote.
public struct BuildReport: Sendable {
    public var diagnostics: DiagnosticList
    public var pagesWritten: Int
    public var filesCopied: Int

    public var succeeded: Bool { !diagnostics.hasErrors }
}
