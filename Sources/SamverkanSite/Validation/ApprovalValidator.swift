import SamverkanLoading
import SamverkanModel

/// Stage 3d: approvals of minutes add up — each names a meeting of the site that was held before
/// the approving one — and a meeting marked `preliminary` that a decision approves is a warning.
public enum ApprovalValidator {
    public static func validate(_ content: SiteContent, _ register: ApprovalRegister) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var meetingsBySlug: [String: Meeting] = [:]
        for meeting in content.meetings { meetingsBySlug[meeting.slug] = meeting }
        // A meeting file that failed to decode may be the approved one: its own error is reported.
        let someMeetingUnread = content.undecodable.contains { $0.hasPrefix("meetings/") }
        for approval in register.approvals {
            let approved = approval.approved
            let approving = approval.meeting
            guard let target = meetingsBySlug[approved.value] else {
                if someMeetingUnread { continue }
                var message = "mötet '\(approved.value)' vars anteckningar godkänns finns inte"
                let sameBody = content.meetings.filter { $0.body.value == approving.body.value && $0.date < approving.date }.map(\.slug)
                if let closest = FrontMatterReader.closest(to: approved.value, among: sameBody) { message += "; menade du '\(closest)'?" }
                diagnostics.append(.error(approved.location, message,
                                          hint: "skriv mötesfilens namn utan .md (\(sameBody.last ?? "2024-05-23-sro")), eller ta bort approves om mötet inte finns på webbplatsen"))
                continue
            }
            if target.slug == approving.slug || target.date > approving.date {
                let what = target.slug == approving.slug ? "sina egna anteckningar" : "anteckningarna från ett senare möte (\(target.date))"
                diagnostics.append(.error(approved.location, "mötet \(approving.date) kan inte godkänna \(what)",
                                          hint: "approves ska peka på ett tidigare möte, oftast organets föregående"))
            } else if register[approving.slug]?.meeting.slug == target.slug {
                // Two meetings of one day approving each other: neither came first.
                diagnostics.append(.error(approved.location, "mötena \(approving.slug) och \(target.slug) godkänner varandras anteckningar",
                                          hint: "anteckningar godkänns av ett senare möte: ta bort approves från det ena"))
            }
        }
        for meeting in content.meetings {
            guard let location = meeting.preliminary, let approval = register[meeting.slug] else { continue }
            diagnostics.append(.warning(location, "mötesanteckningarna är markerade som preliminära men godkändes \(approval.meeting.date) (\(approval.meeting.slug))",
                                        hint: "ta bort preliminary: true"))
        }
        return diagnostics
    }
}
