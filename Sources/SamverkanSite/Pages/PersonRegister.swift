import SamverkanModel

/// The elected members of the site: every participant with a `party`, in the held meetings whose
/// participant lists name them. One person is one name and one party, exactly as written; officials
/// (participants without a party) are not in the register and get no page. Built in one pass over
/// the meetings; empty when `site.yml` says `person_pages: false`.
struct PersonRegister: Sendable {
    /// A person: the name and the party as the minutes write them.
    struct Key: Hashable, Sendable, Comparable {
        var name: String
        var party: String

        static func < (lhs: Key, rhs: Key) -> Bool { (lhs.name, lhs.party) < (rhs.name, rhs.party) }
    }

    /// One held meeting whose participant list names the person (the first entry, when a list names
    /// them twice; present when any entry is).
    struct Appearance: Sendable {
        var meeting: Meeting
        var participant: Participant
        var present: Bool
    }

    /// A period in which the minutes give the person one role in a body (`role` nil: none given).
    struct RolePeriod: Sendable {
        var role: String?
        var first: Meeting
        var last: Meeting
        /// The role the body's latest participant list gives them.
        var isCurrent: Bool
    }

    /// The person's part in one body: the meetings that list them there, oldest first.
    struct Membership: Sendable {
        var bodyID: String
        var appearances: [Appearance]
        /// Named in the body's latest held meeting with a participant list (the body page's members).
        var isCurrent: Bool
        /// Each role, in the order first given, with its first and last meeting; `role` nil for the
        /// meetings that give none.
        var roles: [RolePeriod]
        /// The organisations the person represents there, as written, in the order first written.
        var organisations: [String]

        var first: Meeting { appearances[0].meeting }
        var last: Meeting { appearances[appearances.count - 1].meeting }
        var presentCount: Int { appearances.count(where: \.present) }
        /// The role the body's last meeting that lists them gives (none when it gives none).
        var latestRole: String? { appearances.last?.participant.role }
    }

    struct Person: Sendable {
        var key: Key
        var id: String
        /// Every held meeting that lists them, oldest first.
        var appearances: [Appearance]
        /// In the order of the bodies (`order` in their files).
        var memberships: [Membership]

        var name: String { key.name }
        var party: String { key.party }
        var url: String { SiteURL.person(id) }
        var presentCount: Int { appearances.count(where: \.present) }
        /// "Marina Johansson (S)".
        var label: String { "\(key.name) (\(key.party))" }
    }

    /// Everyone, sorted by id.
    let people: [Person]
    private let indexByKey: [Key: Int]

    init() {
        self.init(people: [])
    }

    private init(people: [Person]) {
        self.people = people
        indexByKey = Dictionary(people.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    init(_ content: SiteContent) {
        guard content.settings.personPages else {
            self.init()
            return
        }
        // Each body's latest held meeting with a participant list: whom its page shows as members.
        var latestListed: [String: String] = [:]
        var appearancesByKey: [Key: [Appearance]] = [:]
        for meeting in content.meetings where meeting.status == .held {
            // As the body page takes its members: the latest held meeting with participant groups.
            if !meeting.participantGroups.isEmpty { latestListed[meeting.body.value] = meeting.slug }
            var seen: [Key: Int] = [:]
            for member in meeting.participantGroups.flatMap(\.members) {
                guard let key = Self.key(member) else { continue }
                if let index = seen[key] {
                    // Named twice in one list: one appearance, present when either entry is.
                    if !member.absent { appearancesByKey[key, default: []][index].present = true }
                    continue
                }
                seen[key] = appearancesByKey[key, default: []].count
                appearancesByKey[key, default: []].append(Appearance(meeting: meeting, participant: member, present: !member.absent))
            }
        }
        let ids = Self.ids(for: Array(appearancesByKey.keys))
        let bodyOrder = Dictionary(content.bodies.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var people: [Person] = appearancesByKey.map { key, appearances in
            let byBody = Dictionary(grouping: appearances, by: \.meeting.body.value)
            let memberships = byBody.map { bodyID, appearances in
                Self.membership(bodyID, appearances, latest: latestListed[bodyID])
            }.sorted { (bodyOrder[$0.bodyID] ?? Int.max, $0.bodyID) < (bodyOrder[$1.bodyID] ?? Int.max, $1.bodyID) }
            return Person(key: key, id: ids[key] ?? "", appearances: appearances, memberships: memberships)
        }
        people.sort { $0.id < $1.id }
        self.init(people: people)
    }

    /// The person a participant entry names, when it has a page.
    func person(_ participant: Participant) -> Person? {
        Self.key(participant).flatMap { indexByKey[$0] }.map { people[$0] }
    }

    /// The key of a participant with a party; nil for officials.
    static func key(_ participant: Participant) -> Key? {
        guard let party = participant.party, !party.isEmpty else { return nil }
        return Key(name: participant.name, party: party)
    }

    static func membership(_ bodyID: String, _ appearances: [Appearance], latest: String?) -> Membership {
        let current = appearances.last.map { $0.meeting.slug == latest } ?? false
        var roles: [RolePeriod] = []
        var organisations: [String] = []
        for appearance in appearances {
            let role = appearance.participant.role
            if let index = roles.firstIndex(where: { $0.role == role }) {
                roles[index].last = appearance.meeting
            } else {
                roles.append(RolePeriod(role: role, first: appearance.meeting, last: appearance.meeting, isCurrent: false))
            }
            if let org = appearance.participant.org, !organisations.contains(org) { organisations.append(org) }
        }
        if current, let role = appearances.last?.participant.role, let index = roles.firstIndex(where: { $0.role == role }) {
            roles[index].isCurrent = true
        } else if current, let index = roles.firstIndex(where: { $0.role == nil }) {
            roles[index].isCurrent = true
        }
        return Membership(bodyID: bodyID, appearances: appearances, isCurrent: current, roles: roles, organisations: organisations)
    }

    /// Each person's id: the slug of the name; when people with the same slug have different
    /// parties, the party's slug is appended to each (`marina-johansson-s`); a slug that is still
    /// taken (two spellings of one name) gets `-2`, `-3` … in the order of name and party.
    static func ids(for keys: [Key]) -> [Key: String] {
        let keysBySlug = Dictionary(grouping: keys, by: { SiteURL.slug($0.name, fallback: "person") })
        var candidates: [(candidate: String, key: Key)] = []
        for (slug, group) in keysBySlug {
            let parties = Set(group.map(\.party))
            for key in group {
                candidates.append((parties.count > 1 ? slug + "-" + SiteURL.slug(key.party, fallback: "parti") : slug, key))
            }
        }
        candidates.sort { ($0.candidate, $0.key) < ($1.candidate, $1.key) }
        var used: Set<String> = []
        var ids: [Key: String] = [:]
        for (candidate, key) in candidates {
            var id = candidate
            var counter = 2
            while used.contains(id) {
                id = "\(candidate)-\(counter)"
                counter += 1
            }
            used.insert(id)
            ids[key] = id
        }
        return ids
    }

    /// Sorting by surname as a Swedish list does: the last word of the name first, then the whole
    /// name, with å, ä, ö after z (in that order) and é as e.
    static func sortKey(_ name: String) -> String {
        let words = name.split(separator: " ")
        let surname = words.last.map(String.init) ?? name
        func collated(_ text: String) -> String {
            var out = ""
            for character in text.lowercased() {
                switch character {
                case "å": out += "z\u{1}"
                case "ä", "æ": out += "z\u{2}"
                case "ö", "ø": out += "z\u{3}"
                case "é", "è", "ê", "ë": out += "e"
                case "ü": out += "y"
                case "-": out += " "
                default: out.append(character)
                }
            }
            return out
        }
        return collated(surname) + "\u{0}" + collated(name)
    }
}
