import Foundation
import SamverkanLoading
import SamverkanModel

/// Stage 3b: what is allowed but probably a slip, reported as warnings that never stop a build
/// (unless `--strict`): a planned meeting whose day has passed without minutes, a person's name
/// spelled two ways, a topic that gathers only one meeting.
public enum ConsistencyValidator {
    public static func validate(_ content: SiteContent, today: CalendarDate) -> [Diagnostic] {
        pastPlannedMeetings(content, today: today) + futureHeldMeetings(content, today: today)
            + futureCorrections(content, today: today) + participantSpellings(content) + lonelyTopics(content)
            + PersonPartyValidator.validate(content)
    }

    /// A meeting marked held (the default) on a day still to come: its feed entries would stay on
    /// top until that day, and the calendar would show a meeting that has not been.
    static func futureHeldMeetings(_ content: SiteContent, today: CalendarDate) -> [Diagnostic] {
        content.meetings.filter { $0.status == .held && $0.date > today }.map { meeting in
            .warning(meeting.statusLocation, "mötet \(meeting.date) är markerat som hållet men dagen har inte kommit än (i dag är \(today))",
                     hint: "skriv status: planned tills mötet har hållits, eller rätta datumet")
        }
    }

    /// A correction dated after today, which the corrections feed would keep on top until that day.
    static func futureCorrections(_ content: SiteContent, today: CalendarDate) -> [Diagnostic] {
        content.meetings.flatMap { meeting in
            meeting.corrections.filter { $0.date > today }.map { correction in
                .warning(correction.location, "rättelsen är daterad \(correction.date), efter i dag (\(today))",
                         hint: "skriv dagen då anteckningarna rättades")
            }
        }
    }

    static func pastPlannedMeetings(_ content: SiteContent, today: CalendarDate) -> [Diagnostic] {
        content.meetings.filter { $0.status == .planned && $0.date < today }.map { meeting in
            .warning(meeting.statusLocation,
                     "mötet \(meeting.date) är planerat men dagen har passerat och protokollet saknas",
                     hint: "skriv in protokollet och sätt status: held, eller status: cancelled om mötet ställdes in")
        }
    }

    /// Names that differ only in case, accents, hyphens or spacing, or by a letter or two within the
    /// same first or last name. The less common spelling is reported, at each place it is written.
    static func participantSpellings(_ content: SiteContent) -> [Diagnostic] {
        var occurrences: [String: [SourceLocation]] = [:]
        for meeting in content.meetings {
            for group in meeting.participantGroups {
                for member in group.members { occurrences[member.name, default: []].append(member.location) }
            }
        }
        let spellings = occurrences.keys.sorted()
        var folded: [String: String] = [:]
        for name in spellings { folded[name] = fold(name) }

        // Candidate pairs: the same folded name, or a shared first or last name. Buckets keep the
        // comparisons to names that could be the same person, never all pairs.
        var buckets: [String: [String]] = [:]
        for name in spellings {
            let words = folded[name]!.split(separator: " ")
            guard let first = words.first, let last = words.last else { continue }
            buckets["first:" + first, default: []].append(name)
            buckets["last:" + last, default: []].append(name)
        }
        var preferred: [String: String] = [:]
        for bucket in buckets.values where bucket.count > 1 {
            for (index, lhs) in bucket.enumerated() {
                for rhs in bucket[(index + 1)...] where preferred[lhs] == nil || preferred[rhs] == nil {
                    guard isSamePerson(folded[lhs]!, folded[rhs]!) else { continue }
                    let lhsCount = occurrences[lhs]!.count, rhsCount = occurrences[rhs]!.count
                    // The more common spelling wins; on a tie, the one first in alphabetical order.
                    if lhsCount > rhsCount || (lhsCount == rhsCount && lhs < rhs) { preferred[rhs] = lhs } else { preferred[lhs] = rhs }
                }
            }
        }
        return preferred.keys.sorted().flatMap { name -> [Diagnostic] in
            let other = preferred[name]!
            let count = occurrences[other]!.count
            return occurrences[name]!.map { location in
                .warning(location, "deltagaren '\(name)' stavas '\(other)' på \(count == 1 ? "ett annat ställe" : "\(count) andra ställen")",
                         hint: "skriv namnet likadant överallt, så att personen går att hitta")
            }
        }
    }

    static func fold(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "-", with: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The same folded name, or the same words but one, which differs by a letter (two in a long
    /// word). Short words are left alone: "Maria" and "Marina" are different people.
    static func isSamePerson(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        let left = lhs.split(separator: " "), right = rhs.split(separator: " ")
        guard left.count == right.count else { return false }
        let differing = zip(left, right).filter { $0 != $1 }
        guard differing.count == 1, let (a, b) = differing.first else { return false }
        let longest = max(a.count, b.count)
        guard longest >= 7 else { return false }
        return FrontMatterReader.editDistance(String(a), String(b)) <= (longest >= 12 ? 2 : 1)
    }

    static func lonelyTopics(_ content: SiteContent) -> [Diagnostic] {
        var meetingsByTopic: [String: Int] = [:]
        for meeting in content.meetings {
            var named = Set(meeting.topics.map(\.value))
            for decision in meeting.decisions { named.formUnion(decision.topics.map(\.value)) }
            for note in meeting.itemNotes { named.formUnion(note.topics.map(\.value)) }
            for topic in named { meetingsByTopic[topic, default: 0] += 1 }
        }
        var milestonesByTopic: [String: Int] = [:]
        for milestone in content.milestones {
            if let topic = milestone.topic?.value { milestonesByTopic[topic, default: 0] += 1 }
        }
        return content.topics.compactMap { topic in
            let meetings = meetingsByTopic[topic.id] ?? 0
            let location = SourceLocation(path: topic.description.path, line: 1)
            switch (meetings, milestonesByTopic[topic.id] ?? 0) {
            case (0, 0):
                return .warning(location, "ämnet '\(topic.id)' används inte av något möte",
                                hint: "skriv topics: [\(topic.id)] i de möten det gäller, eller ta bort filen")
            case (1, 0):
                return .warning(location, "ämnet '\(topic.id)' används bara av ett möte",
                                hint: "ett ämne samlar flera möten: koppla fler möten till det eller ta bort det")
            default:
                return nil
            }
        }
    }
}
