/// A group of participants as the minutes list them ("Kommunpolitiker", "Tjänstepersoner").
public struct ParticipantGroup: Sendable, Hashable, Encodable {
    public var name: String
    public var members: [Participant]

    package init(name: String, members: [Participant]) {
        self.name = name
        self.members = members
    }
}
