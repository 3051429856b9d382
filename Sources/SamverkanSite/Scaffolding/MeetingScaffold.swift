import SamverkanLoading
import SamverkanModel

/// `samverkan new meeting`: the file of a new meeting, filled in from the body's earlier meetings.
///
/// - place, format and times: the body's usual ones, i.e. the most common among its meetings
///   (place and format together, start and end together; on a tie, the most recent);
/// - participants (held meetings only): the groups of the body's latest meeting with a participant
///   list, held meetings preferred, everyone present: `absent` and `replaced_by` are dropped, and so
///   are the substitutes, the members named in someone's `replaced_by`;
/// - an agenda skeleton of numbered items (`## 1. Mötets öppnande` → `#punkt-1`);
/// - with no participants to copy (a body's first meeting), the full shape as commented examples:
///   title, times, place, a participants group with one member (and where `absent` goes), the
///   secretary, a decision, an assignment and a report-back; the file passes `check` as written.
///
/// A planned meeting gets `status: planned`, place and times, and no participants or text.
public enum MeetingScaffold {
    public struct Request: Sendable, Hashable {
        /// The body id, as in `bodies/<id>.md`.
        public var body: String
        /// `YYYY-MM-DD`, as written on the command line.
        public var date: String
        public var planned: Bool
        /// The second (`2`), third (`3`) … meeting of the body that day: the file name gets `-2`, `-3` ….
        public var number: String?

        public init(body: String, date: String, planned: Bool = false, number: String? = nil) {
            self.body = body
            self.date = date
            self.planned = planned
            self.number = number
        }
    }

    /// The agenda of a new held meeting: items as the minutes number them, sub-items by letter.
    static let agenda = """
        ## 1. Mötets öppnande

        ### a. Närvaro/frånvaro

        ### b. Övriga frågor

        ## 2. Godkännande av dagens agenda

        ## 3. Föregående mötesanteckning

        ## 4. Ärende

        ## 5. Mötets avslutande

        """

    /// The file to write, or the problems with the request (all of them).
    public static func make(_ request: Request, content: SiteContent,
                            contentDirectory: String) -> (ScaffoldedFile?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let date = CalendarDate(iso: request.date.trimmingCharacters(in: .whitespaces))
        if date == nil {
            diagnostics.append(.error(SourceLocation(input: .date), "'\(request.date)' är inte ett datum",
                                      hint: "skriv ÅÅÅÅ-MM-DD, t.ex. 2026-12-03"))
        }
        let body = content.bodiesByID[request.body]
        if body == nil { diagnostics.append(unknownBody(request.body, content: content, contentDirectory: contentDirectory)) }
        var number: Int?
        if let written = request.number {
            number = Int(written.trimmingCharacters(in: .whitespaces))
            if number.map({ $0 < 2 }) ?? true {
                number = nil
                diagnostics.append(.error(SourceLocation(input: .number), "'\(written)' är inget giltigt mötesnummer",
                                          hint: "nummer 2 skapar organets andra möte samma dag (…-2.md), nummer 3 det tredje; utan nummer skapas det första"))
            }
        }
        guard let date, let body, diagnostics.isEmpty else { return (nil, diagnostics) }

        let slug = "\(date)-\(body.id)" + (number.map { "-\($0)" } ?? "")
        let relativePath = "meetings/\(date.year)/\(slug).md"
        let path = join(contentDirectory, relativePath)
        let existing = Set(content.meetings.map(\.relativePath)).union(content.undecodable)
        var nextNumber = 2
        while existing.contains("meetings/\(date.year)/\(date)-\(body.id)-\(nextNumber).md") { nextNumber += 1 }
        let whenExists = ExistingFile.diagnostic(
            path, hint: "redigera den i stället, välj ett annat datum, eller skapa ett andra möte samma dag med mötesnummer \(nextNumber)")
        if existing.contains(relativePath) { return (nil, [whenExists]) }

        let meetings = content.meetings.filter { $0.body.value == body.id }
        let source = request.planned ? nil : participantSource(meetings)
        let text = text(body: body, date: date, planned: request.planned, meetings: meetings, participantsFrom: source)
        let note: String
        if request.planned {
            note = "planerat möte"
        } else if let source {
            note = "deltagare från mötet \(source.date)"
        } else {
            note = "inga deltagare att kopiera: inget tidigare möte med \(body.displayName) har en deltagarlista"
        }
        return (ScaffoldedFile(relativePath: relativePath, path: path, text: text, note: note, whenExists: whenExists), [])
    }

    public static func unknownBody(_ id: String, content: SiteContent, contentDirectory: String) -> Diagnostic {
        let known = content.bodies.map(\.id)
        var message = "okänt organ '\(id)' (kända: \(ReferenceValidator.list(known)))"
        if let closest = FrontMatterReader.closest(to: id, among: known) { message += "; menade du '\(closest)'?" }
        var hint = "ange ett organ med ett id från \(join(contentDirectory, "bodies/"))"
        if content.isUndecodable("bodies/\(id).md") {
            message = "organet '\(id)' kan inte läsas"
            hint = "rätta felen i \(join(contentDirectory, "bodies/\(id).md")) först; samverkan check visar dem"
        } else if Identifier.isValid(id) {
            hint += ", eller skapa organet först med samverkan new body \(id)"
        }
        return .error(SourceLocation(input: .body), message, hint: hint)
    }

    /// The body's latest meeting with a participant list; held meetings first.
    static func participantSource(_ meetings: [Meeting]) -> Meeting? {
        let listed = meetings.filter { !$0.participantGroups.isEmpty }
        return listed.last { $0.status == .held } ?? listed.last
    }

    /// The groups with everyone present: no `absent`, no `replaced_by`, no substitutes.
    static func present(_ groups: [ParticipantGroup]) -> [ParticipantGroup] {
        let substitutes = Set(groups.flatMap { $0.members.compactMap(\.replacedBy) })
        return groups.compactMap { group in
            let members = group.members.filter { !substitutes.contains($0.name) }.map { member in
                var present = member
                present.absent = false
                present.replacedBy = nil
                return present
            }
            return members.isEmpty ? nil : ParticipantGroup(name: group.name, members: members)
        }
    }

    /// The most common value, oldest first in `values`; on a tie the most recent.
    static func mostCommon<Value: Hashable>(_ values: [Value]) -> Value? {
        var counts: [Value: Int] = [:]
        var best: (value: Value, count: Int)?
        for value in values {
            let count = counts[value, default: 0] + 1
            counts[value] = count
            if count >= (best?.count ?? 0) { best = (value, count) }
        }
        return best?.value
    }

    struct Place: Hashable {
        var location: String?
        var format: Meeting.Format?
    }

    struct Times: Hashable {
        var start: ClockTime?
        var end: ClockTime?
    }

    /// The first lines of a body's first meeting: how to use the commented examples that follow.
    static func firstMeetingHeader(body: Body) -> [String] {
        ["# Organets första möte: exemplen nedan visar alla fält. Fyll i det som gäller och ta bort # i början",
         "# av raden; det som inte gäller tar du bort. Alla fält beskrivs i docs/content-format.md.",
         "# title: \(YAMLText.scalar("Mötesanteckning " + body.displayName))      # förval: organets korta namn och datumet"]
    }

    /// The commented examples of a body's first meeting: a participants group with one member, the
    /// secretary, a decision, an assignment and a report-back.
    static func firstMeetingExamples(body: Body) -> [String] {
        ["# Deltagarna i grupper, i mötesanteckningens ordning:",
         "# participants:",
         "#   - group: Ledamöter",
         "#     members:",
         "#       - name: Förnamn Efternamn",
         "#         party: S                    # förtroendevalda; partiet ger personen en egen sida",
         "#         org: Exempelkommunen        # organisationen personen företräder",
         "#         role: ordförande",
         "#         # absent: true              # frånvarande: ta bort # här, under namnet på den som inte var med",
         "#         # replaced_by: Förnamn Ersättare   # och vem som ersatte personen, om någon gjorde det",
         "# secretary: Förnamn Efternamn        # vid anteckningarna",
         "# Ställningstaganden: item är dagordningspunktens nummer (2, eller 1b för en underpunkt).",
         "# decisions:",
         "#   - item: 2",
         "#     kind: godkänner                # noterar, godkänner, ställer sig bakom, beslutar, ger uppdrag, konstaterar",
         "#     text: Dagens agenda godkänns.",
         "#   - item: 4",
         "#     kind: ger uppdrag",
         "#     text: \(YAMLText.scalar(body.displayName + " ger arbetsgruppen i uppdrag att ta fram ett förslag."))",
         "#     assignment:                    # uppdraget följs på /uppdrag/<id>/",
         "#       id: forslag-exempel          # små bokstäver a–z, siffror och -; unikt på webbplatsen",
         "#       to: arbetsgruppen            # ett organs id, eller fri text",
         "#       due: 2027-03-31              # ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM / ÅÅÅÅ",
         "# En återrapportering av ett uppdrag, i ett senare möte:",
         "#   - item: 3",
         "#     kind: noterar",
         "#     text: Arbetsgruppen redovisade förslaget.",
         "#     reports: forslag-exempel       # id:t på uppdraget som redovisas",
         "#     completes: false               # bara en delredovisning; utan raden är uppdraget slutfört"]
    }

    static func text(body: Body, date: CalendarDate, planned: Bool, meetings: [Meeting],
                     participantsFrom source: Meeting?) -> String {
        let place = mostCommon(meetings.compactMap { meeting in
            meeting.location == nil && meeting.format == nil ? nil : Place(location: meeting.location, format: meeting.format)
        })
        let times = mostCommon(meetings.compactMap { meeting in
            meeting.start == nil && meeting.end == nil ? nil : Times(start: meeting.start, end: meeting.end)
        })

        var lines = ["---", "body: \(YAMLText.scalar(body.id))", "date: \(date)",
                     "status: \(planned ? Meeting.Status.planned.rawValue : Meeting.Status.held.rawValue)"]
        let teaches = !planned && source == nil
        if teaches { lines += firstMeetingHeader(body: body) }
        if let start = times?.start { lines.append("start: \"\(start)\"") } else if teaches { lines.append("# start: \"13:00\"") }
        if let end = times?.end { lines.append("end: \"\(end)\"") } else if teaches { lines.append("# end: \"15:00\"") }
        if let location = place?.location {
            lines.append("location: \(YAMLText.scalar(location))")
        } else if teaches {
            lines.append("# location: Kommunhuset, Storgatan 1, Exempelstad")
        }
        if let format = place?.format {
            lines.append("format: \(YAMLText.scalar(format.rawValue))")
        } else if teaches {
            lines.append("# format: fysiskt                      # fysiskt, digitalt eller hybrid")
        }
        if teaches {
            lines += firstMeetingExamples(body: body)
            lines.append("---")
            return lines.joined(separator: "\n") + "\n" + agenda
        }
        if let source {
            let groups = present(source.participantGroups)
            if !groups.isEmpty { lines.append("participants:") }
            for group in groups {
                lines.append("  - group: \(YAMLText.scalar(group.name))")
                lines.append("    members:")
                for member in group.members {
                    lines.append("      - name: \(YAMLText.scalar(member.name))")
                    if let party = member.party { lines.append("        party: \(YAMLText.scalar(party))") }
                    if let org = member.org { lines.append("        org: \(YAMLText.scalar(org))") }
                    if let role = member.role { lines.append("        role: \(YAMLText.scalar(role))") }
                }
            }
            if let secretary = source.secretary { lines.append("secretary: \(YAMLText.scalar(secretary))") }
        }
        if !planned {
            lines += ["# Frånvarande: skriv absent: true under namnet (och replaced_by: Namn för en ersättare).",
                      "# Ställningstaganden skrivs så här (ta bort # i början av raderna):",
                      "# decisions:",
                      "#   - item: 2",
                      "#     kind: godkänner",
                      "#     text: Dagens agenda godkänns."]
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + (planned ? "" : agenda)
    }
}

import Foundation
