/// Every anchor (`id`) a page has that is not a heading of a text: those the page templates give
/// elements themselves, which headings in a text must not take and links from other pages may
/// point at, and the anchors of agenda items.
public enum PageAnchors {
    /// The skip link's target in `base.mustache`.
    public static let mainContent = "innehall"
    /// A meeting page's agenda, participants, decisions and attachments (`meeting.mustache`).
    public static let agenda = "dagordning"
    public static let participants = "deltagare"
    public static let decisions = "beslut"
    public static let attachments = "bilagor"
    /// A meeting page's list of pages that link to it (`meeting.mustache`).
    public static let backlinks = "hanvisningar"
    /// A meeting page's corrections of its minutes (`meeting.mustache`).
    public static let corrections = "rattelser"
    /// A topic page's milestones (`topic.mustache`).
    public static let milestones = "milstolpar"

    public static let layoutReserved: Set<String> = [mainContent]
    public static let topicReserved: Set<String> = layoutReserved.union([milestones, "milstolpar-rubrik",
                                                                         "amne-stallningstaganden", "amne-moten", "amne-gang"])
    public static let bodyReserved: Set<String> = layoutReserved.union(["organ-kommande", "organ-genomforda",
                                                                        "organ-utan-anteckningar", "organ-ledamoter",
                                                                        "organ-stallningstaganden"])

    /// The anchor of one decision on its meeting page: `beslut-1` for the first.
    public static func decisionAnchor(_ index: Int) -> String { "beslut-\(index + 1)" }

    /// The anchor of an agenda item's heading: `punkt-8`, `punkt-3a` (item 3, sub-item a).
    public static func agendaItem(_ item: String) -> String { "punkt-\(item)" }

    public static func meetingReserved(decisionCount: Int) -> Set<String> {
        layoutReserved
            .union([agenda, participants, decisions, attachments, backlinks, corrections])
            .union((0..<decisionCount).map(decisionAnchor))
    }
}
