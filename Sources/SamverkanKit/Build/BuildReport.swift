/// What a build or check did: its diagnostics and, for a build that succeeded, what it wrote.
public struct BuildReport: Sendable {
    public var diagnostics: DiagnosticList
    public var pagesWritten: Int
    public var filesCopied: Int

    public var succeeded: Bool { !diagnostics.hasErrors }

    /// The command's exit status: 0 when it succeeded, 1 on any error. Warnings do not fail a run.
    public var exitStatus: Int32 { succeeded ? 0 : 1 }
}
