/// A person called to a meeting.
public struct Participant: Sendable, Hashable, Encodable {
    public var name: String
    public var party: String?
    public var org: String?
    public var role: String?
    public var absent: Bool
    public var replacedBy: String?
    /// Where the name is written, for messages about it.
    public var location: SourceLocation

    package init(name: String, party: String? = nil, org: String? = nil, role: String? = nil, absent: Bool,
                 replacedBy: String? = nil, location: SourceLocation) {
        self.name = name
        self.party = party
        self.org = org
        self.role = role
        self.absent = absent
        self.replacedBy = replacedBy
        self.location = location
    }
}
