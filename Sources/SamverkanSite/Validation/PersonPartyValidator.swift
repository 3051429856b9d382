import SamverkanModel

/// A participant's name written with two (or more) parties: a warning at the first entry of each
/// party, naming where the other is written. One person is one name and one party (`PersonRegister`),
/// so the two get a page each; usually one party is a slip, sometimes the person changed party.
/// Every meeting counts, planned ones too: a slip is a slip wherever it is written.
public enum PersonPartyValidator {
    public static func validate(_ content: SiteContent) -> [Diagnostic] {
        // name → party → where it is written, in the order of the meetings.
        var partiesByName: [String: [String: [SourceLocation]]] = [:]
        for meeting in content.meetings {
            for group in meeting.participantGroups {
                for member in group.members {
                    guard let party = member.party, !party.isEmpty else { continue }
                    partiesByName[member.name, default: [:]][party, default: []].append(member.location)
                }
            }
        }
        let hint = content.settings.personPages
            ? "är det samma person, skriv samma parti på alla ställen; två personer med samma namn och olika partier får var sin personsida"
            : "är det samma person, skriv samma parti på alla ställen"
        var diagnostics: [Diagnostic] = []
        for name in partiesByName.keys.sorted() {
            guard let parties = partiesByName[name], parties.count > 1 else { continue }
            // In the order first written.
            let variants = parties.sorted { ($0.value.first?.path ?? "", $0.value.first?.line ?? 0, $0.key)
                < ($1.value.first?.path ?? "", $1.value.first?.line ?? 0, $1.key) }
            for (party, locations) in variants {
                guard let first = locations.first else { continue }
                let others = variants.filter { $0.key != party }.compactMap { other, places -> String? in
                    guard let place = places.first else { return nil }
                    return "\(other) i \(place)" + (places.count == 2 ? " (och på ett ställe till)"
                        : places.count > 2 ? " (och på \(places.count - 1) ställen till)" : "")
                }
                diagnostics.append(.warning(first, "deltagaren '\(name)' har partiet \(party) här men \(others.joined(separator: " och "))",
                                            hint: hint))
            }
        }
        return diagnostics
    }
}
