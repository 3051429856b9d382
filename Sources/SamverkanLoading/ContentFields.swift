import SamverkanModel

/// Every field name the loader accepts, by the place it is written: the lists each decoder passes
/// to `FrontMatterReader.fields(of:known:what:)`. docs/content-format.md documents each one (a test
/// holds it to these lists); a new list of known fields belongs here too.
package enum ContentFields {
    package static let byPlace: [(place: String, fields: [String])] = [
        ("site.yml", SiteSettings.knownFields), ("bodies/<id>.md", Body.knownFields),
        ("topics/<id>.md", Topic.knownFields), ("milestones.yml", Milestone.knownFields), ("pages/<slug>.md", FreePage.knownFields),
        ("meetings/…/<file>.md", Meeting.knownFields), ("a meeting's participants group", Meeting.knownGroupFields),
        ("a participant", Meeting.knownMemberFields), ("an attachment", Meeting.knownAttachmentFields),
        ("a decision", Meeting.knownDecisionFields), ("an assignment", Meeting.knownAssignmentFields),
        ("an agenda-item note (items)", Meeting.knownItemFields), ("a correction", Meeting.knownCorrectionFields),
        ("a meeting's original document", Meeting.knownOriginalFields),
    ]
}
