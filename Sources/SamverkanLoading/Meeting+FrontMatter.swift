import SamverkanModel

extension Meeting {
    static let knownFields = ["body", "date", "title", "status", "start", "end", "location", "format",
                              "topics", "participants", "secretary", "attachments", "decisions", "items", "preliminary", "corrections",
                              "original"]
    static let knownGroupFields = ["group", "members"]
    static let knownMemberFields = ["name", "party", "org", "role", "absent", "replaced_by"]
    static let knownAttachmentFields = ["title", "href"]
    static let knownDecisionFields = ["item", "kind", "text", "topics", "assignment", "reports", "completes", "approves"]
    static let knownAssignmentFields = ["id", "to", "due"]
    static let knownItemFields = ["item", "topics"]
    static let knownCorrectionFields = ["date", "text"]
    static let knownOriginalFields = ["href", "method"]

    /// Decodes `content/meetings/<yyyy>/<yyyy-mm-dd>-<body-id>[-<n>].md`.
    static func decode(_ file: SourceFile, parser: FrontMatterParser) -> (Meeting?, [Diagnostic]) {
        let opened = DecodedFile(markdown: file, parser: parser, known: knownFields, what: "ett möte")
        guard let fields = opened.fields, let document = opened.document else { return (nil, opened.reader.diagnostics) }
        var reader = opened.reader

        let body = reader.located(fields, "body", required: true, example: "sro")
        let date = reader.date(fields, "date", required: true)
        let status: Status = reader.choice(fields, "status") ?? .held
        let start = reader.time(fields, "start")
        let end = reader.time(fields, "end")
        if let start, let end, end < start, let node = fields["end"] {
            reader.error(node, "mötet slutar (\(end)) innan det börjar (\(start))")
        }
        let format: Format? = reader.choice(fields, "format")

        var groups: [ParticipantGroup] = []
        for groupNode in reader.list(fields, "participants") {
            guard let group = reader.fields(of: groupNode, known: knownGroupFields, what: "en deltagargrupp") else { continue }
            let name = reader.string(group, "group", required: true, example: "Kommunpolitiker")
            var members: [Participant] = []
            for memberNode in reader.list(group, "members") {
                guard let member = reader.fields(of: memberNode, known: knownMemberFields, what: "en deltagare"),
                      let memberName = reader.string(member, "name", required: true, example: "Marina Johansson") else { continue }
                members.append(Participant(name: memberName, party: reader.string(member, "party"),
                                           org: reader.string(member, "org"), role: reader.string(member, "role"),
                                           absent: reader.bool(member, "absent") ?? false,
                                           replacedBy: reader.string(member, "replaced_by"),
                                           location: member["name"].map(reader.location(of:)) ?? reader.location(of: memberNode)))
            }
            if let name { groups.append(ParticipantGroup(name: name, members: members)) }
        }

        var attachments: [Attachment] = []
        for node in reader.list(fields, "attachments") {
            guard let attachment = reader.fields(of: node, known: knownAttachmentFields, what: "en bilaga"),
                  let title = reader.string(attachment, "title", required: true, example: "Presentation") else { continue }
            attachments.append(Attachment(title: title, href: reader.located(attachment, "href")))
        }

        var decisions: [Decision] = []
        for node in reader.list(fields, "decisions") {
            guard let decision = reader.fields(of: node, known: knownDecisionFields, what: "ett ställningstagande") else { continue }
            let kind: Decision.Kind? = reader.choice(decision, "kind", required: true)
            let text = reader.string(decision, "text", required: true, example: "SRO noterar informationen.")
            let item = reader.located(decision, "item").map(Self.itemNumber)
            let assignment = decodeAssignment(decision, kind: kind, reader: &reader)
            var report: ReportBack?
            if let reports = reader.located(decision, "reports") {
                report = ReportBack(assignment: reports, completes: reader.bool(decision, "completes") ?? true)
            } else if let completes = decision["completes"] {
                reader.error(completes, "fältet 'completes' hör till en återrapportering",
                             hint: "lägg till reports: <uppdragets id>, eller ta bort completes")
            }
            if let assignment, let reported = report?.assignment, reported.value == assignment.id.value {
                // It would be completed the day it was given, and listed as its own report-back.
                reader.error(at: reported.location, "ställningstagandet både ger och återrapporterar uppdraget '\(reported.value)'",
                             hint: "återrapporteringen hör till ett senare möte: ta bort reports: här och skriv den på det ställningstagande som redovisar uppdraget")
                report = nil
            }
            guard let kind, let text else { continue }
            decisions.append(Decision(item: item, kind: kind, text: text,
                                      topics: reader.stringList(decision, "topics"),
                                      assignment: assignment, report: report,
                                      approves: reader.located(decision, "approves"),
                                      location: reader.location(of: node)))
        }

        var itemNotes: [AgendaItemNote] = []
        for node in reader.list(fields, "items") {
            guard let note = reader.fields(of: node, known: knownItemFields, what: "en dagordningspunkt i items"),
                  let item = reader.located(note, "item", required: true, example: "5") else { continue }
            let number = Self.itemNumber(item)
            let topics = reader.stringList(note, "topics")
            // One item named twice: its topics are taken together, so the item is listed once.
            if let earlier = itemNotes.firstIndex(where: { $0.item.value == number.value }), let node = note["item"] {
                let known = Set(itemNotes[earlier].topics.map(\.value))
                itemNotes[earlier].topics += topics.filter { !known.contains($0.value) }
                reader.warning(node, "punkt \(number.value) står redan i items (rad \(itemNotes[earlier].item.location.line)); ämnena läggs ihop",
                               hint: "skriv punktens ämnen på ett ställe: topics: [\(itemNotes[earlier].topics.map(\.value).joined(separator: ", "))]")
                continue
            }
            itemNotes.append(AgendaItemNote(item: number, topics: topics))
        }

        var corrections: [Correction] = []
        for node in reader.list(fields, "corrections") {
            guard let correction = reader.fields(of: node, known: knownCorrectionFields, what: "en rättelse") else { continue }
            let correctionDate = reader.date(correction, "date", required: true)
            let correctionText = reader.string(correction, "text", required: true, example: "Rättad stavning av en deltagares namn.")
            guard let correctionDate, let correctionText else { continue }
            if let date, correctionDate < date, let dateNode = correction["date"] {
                reader.error(dateNode, "rättelsen (\(correctionDate)) är daterad före mötet (\(date))",
                             hint: "skriv dagen då anteckningarna rättades")
            }
            corrections.append(Correction(date: correctionDate, text: correctionText, location: reader.location(of: node)))
        }

        var original: MeetingOriginal?
        if let node = fields["original"],
           let fields = reader.fields(of: node, known: knownOriginalFields, what: "originalhandlingen"),
           let href = reader.located(fields, "href", required: true, example: "files/2019/2019-08-29-sro.pdf"),
           let method: MeetingOriginal.Method = reader.choice(fields, "method", required: true) {
            original = MeetingOriginal(href: href, method: method)
        }

        guard let body, let date else { return (nil, reader.diagnostics) }
        let meeting = Meeting(
            slug: file.baseName, path: file.displayPath, relativePath: file.relativePath, body: body, date: date,
            title: reader.string(fields, "title"), status: status,
            statusLocation: (fields["status"] ?? fields["date"]).map(reader.location(of:)) ?? SourceLocation(path: file.displayPath),
            start: start, end: end,
            location: reader.string(fields, "location"), format: format,
            topics: reader.stringList(fields, "topics"), participantGroups: groups,
            secretary: reader.string(fields, "secretary"), attachments: attachments, decisions: decisions, itemNotes: itemNotes,
            preliminary: reader.bool(fields, "preliminary") == true ? fields["preliminary"].map(reader.location(of:)) : nil,
            corrections: corrections, original: original,
            text: MarkdownSource(text: document.body, path: file.displayPath, firstLine: document.bodyFirstLine))
        return (meeting, reader.diagnostics)
    }

    /// `8`, `3d`: an item as written (`3 D`) in the form its anchor uses.
    static func itemNumber(_ written: Located<String>) -> Located<String> {
        Located(written.value.lowercased().replacingOccurrences(of: " ", with: ""), at: written.location)
    }

    /// A decision's `assignment:`, which only a decision of kind `ger uppdrag` may carry.
    static func decodeAssignment(_ decision: FrontMatterReader.Fields, kind: Decision.Kind?,
                                 reader: inout FrontMatterReader) -> Assignment? {
        guard let node = decision["assignment"] else { return nil }
        // A wrong kind or id is an error, but the assignment is kept, so that the reports on it
        // are not also reported as naming an unknown one.
        if let kind, kind != .commissions {
            reader.error(node, "bara ett ställningstagande av typen 'ger uppdrag' kan ge ett uppdrag (det här är '\(kind.rawValue)')",
                         hint: "skriv kind: ger uppdrag, eller ta bort assignment")
        }
        guard let fields = reader.fields(of: node, known: knownAssignmentFields, what: "ett uppdrag"),
              let id = reader.located(fields, "id", required: true, example: "fokusomraden-forslag") else { return nil }
        if !Identifier.isValid(id.value) {
            reader.error(at: id.location, "ogiltigt id '\(id.value)' för uppdraget", hint: Identifier.rule)
        }
        let due = reader.partialDate(fields, "due").flatMap { date in fields["due"].map { Located(date, at: reader.location(of: $0)) } }
        return Assignment(id: id, assignee: reader.located(fields, "to"), due: due)
    }

}
