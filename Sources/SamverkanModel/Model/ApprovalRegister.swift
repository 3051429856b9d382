/// Which decision approves each meeting's minutes (`approves:`), found in one pass over the
/// decisions; approvals that name no meeting of the site are kept for the validator to report.
public struct ApprovalRegister: Sendable {
    /// A decision that approves minutes.
    public struct Approval: Sendable {
        public let meeting: Meeting
        public let index: Int
        public var decision: Decision { meeting.decisions[index] }
        /// What it approves, as written.
        public var approved: Located<String> { decision.approves ?? Located("", at: decision.location) }
    }

    /// Every approval, in the order of the meetings (oldest first) and their decisions.
    public let approvals: [Approval]
    /// The first approval of each meeting, by the approved meeting's file name.
    public let approvalBySlug: [String: Approval]

    public init(_ content: SiteContent) {
        var approvals: [Approval] = []
        var approvalBySlug: [String: Approval] = [:]
        for meeting in content.meetings {
            for (index, decision) in meeting.decisions.enumerated() where decision.approves != nil {
                let approval = Approval(meeting: meeting, index: index)
                approvals.append(approval)
                if let slug = decision.approves?.value, approvalBySlug[slug] == nil { approvalBySlug[slug] = approval }
            }
        }
        self.approvals = approvals
        self.approvalBySlug = approvalBySlug
    }

    public subscript(slug: String) -> Approval? { approvalBySlug[slug] }
}
