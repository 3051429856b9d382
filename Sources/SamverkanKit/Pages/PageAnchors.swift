/// The ids page templates give elements themselves, which headings in a text must not take,
/// and which links from other pages may point at.
public enum PageAnchors {
    /// The skip link's target in `base.mustache`.
    public static let layoutReserved: Set<String> = ["innehall"]
    public static let topicReserved: Set<String> = layoutReserved.union(["milstolpar", "milstolpar-rubrik",
                                                                         "amne-stallningstaganden", "amne-moten"])
    public static let bodyReserved: Set<String> = layoutReserved.union(["organ-kommande", "organ-genomforda",
                                                                        "organ-utan-anteckningar", "organ-ledamoter",
                                                                        "organ-stallningstaganden"])

    public static func decisionAnchor(_ index: Int) -> String { "beslut-\(index + 1)" }

    public static func meetingReserved(decisionCount: Int) -> Set<String> {
        layoutReserved
            .union(["dagordning", "deltagare", "beslut", "bilagor"])
            .union((0..<decisionCount).map(decisionAnchor))
    }
}
