/// A decision's report back (återrapportering) on an assignment given earlier, by any body.
public struct ReportBack: Sendable, Hashable, Encodable {
    /// The assignment's id.
    public var assignment: Located<String>
    /// Whether it completes the assignment; `false` is a partial report and leaves it open.
    public var completes: Bool

    package init(assignment: Located<String>, completes: Bool = true) {
        self.assignment = assignment
        self.completes = completes
    }
}
