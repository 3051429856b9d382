/// An organ of the collaboration (SRO, the joint steering group, a working group …).
public struct Body: Sendable, Hashable, Encodable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Encodable {
        case political = "politisk"
        case officials = "tjänsteperson"
        case workingGroup = "arbetsgrupp"

        /// How the kind reads on a page.
        public var label: String {
            switch self {
            case .political: return "Politiskt organ"
            case .officials: return "Tjänstepersonsorgan"
            case .workingGroup: return "Arbetsgrupp"
            }
        }
    }

    public var id: String
    public var name: String
    public var short: String?
    public var kind: Kind
    public var parties: [String]
    public var order: Int?
    public var description: MarkdownSource

    /// "SRO" or, without a short name, the full name.
    public var displayName: String { short ?? name }

    public var url: String { SiteURL.body(id) }

    /// The path under the content folder: `bodies/sro.md`.
    public var relativePath: String { "bodies/\(id).md" }

    package init(id: String, name: String, short: String? = nil, kind: Kind, parties: [String],
                 order: Int? = nil, description: MarkdownSource) {
        self.id = id
        self.name = name
        self.short = short
        self.kind = kind
        self.parties = parties
        self.order = order
        self.description = description
    }
}
