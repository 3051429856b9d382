import Foundation
import SamverkanModel

/// Reads minutes out of a Word document's blocks, top to bottom: the header lines, the
/// participant lists, the numbered items (paragraphs, Word lists, headings or a table "Mötespunkt |
/// Anteckning"), the ställningstaganden and the secretary. Whatever it cannot place stays in the
/// text of the item it stands in; what it guessed becomes a warning.
struct MinutesRecognizer {
    private enum Stage { case preamble, participants, agenda }

    private(set) var draft = MeetingDraft()
    private var stage = Stage.preamble
    private var currentItem: Int?
    private var currentSubItem: Character?
    /// The last number of a numbered list inside an item's text (`1. Vad blir bäst …`), so that its
    /// `3.` is not read as item 3.
    private var localNumber: Int?
    private var currentGroup: Int?
    /// `(VGK)` from `För Västra Götalands fyra kommunalförbund (VGK)`, added to the groups under it.
    private var groupSection: String?
    private var heldGroupHeading: String?
    private var absentList = false
    private var expectTitle = false
    private var decisionWaitingForText: Int?
    private var decisionTakingListItems: Int?
    private var secretaryNext = false
    private var absentMembers: [(member: MeetingDraft.Member, label: String)] = []
    /// Whether the last text block is a list that the next list line continues.
    private var listOpen = false

    static func read(_ blocks: [DocumentBlock]) -> MeetingDraft {
        var recognizer = MinutesRecognizer()
        recognizer.blocks(blocks, depth: 0)
        recognizer.finish()
        return recognizer.draft
    }

    // MARK: Blocks

    private mutating func blocks(_ blocks: [DocumentBlock], depth: Int) {
        for block in blocks { self.block(block, depth: depth) }
    }

    private mutating func block(_ block: DocumentBlock, depth: Int) {
        switch block {
        case let .paragraph(text):
            line(text, heading: nil, marker: nil, depth: depth)
        case let .heading(level, text):
            line(text, heading: level, marker: nil, depth: depth)
        case let .list(start, items):
            list(start: start, items: items, depth: depth)
        case let .table(header, rows):
            table(header: header, rows: rows, depth: depth)
        }
    }

    private mutating func list(start: Int?, items: [[DocumentBlock]], depth: Int) {
        let expected = (currentItem ?? 0) + 1
        let isAgenda = start == expected && depth == 0 && items.allSatisfy { item in
            guard case let .paragraph(text)? = item.first else { return false }
            return text.plain.count <= 200
        }
        for (index, item) in items.enumerated() {
            guard let first = item.first else { continue }
            if isAgenda, case let .paragraph(text) = first {
                startItem(expected + index, title: text.plain)
                blocks(Array(item.dropFirst()), depth: depth)
                continue
            }
            let marker = start.map { "\($0 + index)." } ?? "-"
            if case let .paragraph(text) = first {
                line(text, heading: nil, marker: marker, depth: depth)
                for rest in item.dropFirst() {
                    if case let .paragraph(more) = rest {
                        line(more, heading: nil, marker: "", depth: depth)
                    } else {
                        block(rest, depth: depth + 1)
                    }
                }
            } else {
                for rest in item { block(rest, depth: depth + 1) }
            }
        }
        if depth == 0 { listOpen = false }
    }

    // MARK: Lines

    private mutating func line(_ text: DocumentText, heading: Int?, marker: String?, depth: Int) {
        let plain = text.plain.trimmingSpaces()
        guard !plain.isEmpty else { return }
        if marker == nil { listOpen = false }

        if let index = decisionWaitingForText {
            decisionWaitingForText = nil
            if itemStart(plain, heading: heading) == nil {
                draft.decisions[index].text = plain
                if plain.hasSuffix(" att") || plain.hasSuffix(":") { decisionTakingListItems = index }
                return
            }
        }
        if let index = decisionTakingListItems {
            if let marker, !marker.isEmpty {
                draft.decisions[index].text += " " + Self.continuing(plain)
                return
            }
            decisionTakingListItems = nil
        }
        if secretaryNext {
            secretaryNext = false
            if ParticipantLine.isPersonName(plain.components(separatedBy: " och ").first?.trimmingSpaces() ?? "") {
                draft.secretary = plain.trimmingCharacters(in: ".")
                return
            }
        }
        if let (label, value) = Self.field(plain), handleField(label, value, text: text) {
            expectTitle = false
            return
        }
        let lower = plain.lowercased().trimmingCharacters(in: ":.")
        if stage != .agenda, heading.map({ $0 >= 2 }) ?? true, Self.participantLabels.contains(lower) {
            expectTitle = false
            if let held = heldGroupHeading {
                heldGroupHeading = nil
                draft.blocks.append(.text([MarkdownEscaping.lineStart(MarkdownEscaping.text(held))]))
            }
            startParticipants(named: plain.trimmingCharacters(in: ":."))
            absentList = Self.absentLabels.contains(lower)
            return
        }
        if lower == "vid anteckningarna" || lower == "vid anteckningar" || lower == "vid protokollet" {
            secretaryNext = true
            return
        }
        if lower == "dagordning" || lower == "agenda" || lower == "föredragningslista" {
            endParticipants()
            if stage == .preamble { stage = .agenda }
            return
        }
        if let (number, title) = itemStart(plain, heading: heading) {
            startItem(number, title: title)
            return
        }
        if let (letter, title) = subItemStart(plain, heading: heading) {
            startSubItem(letter, title: title)
            return
        }
        switch stage {
        case .participants:
            if participantLine(plain, heading: heading) { return }
            endParticipants()
        case .preamble:
            if preambleLine(plain, text: text, heading: heading) { return }
        case .agenda:
            if marker == nil, heading == nil, Self.isDecisionSentence(plain) {
                decisionSentence(plain)
                return
            }
        }
        emit(text, heading: heading, marker: marker, depth: depth)
    }

    static let absentLabels: Set<String> = ["frånvarande", "förhindrade", "anmält förhinder", "anmälda förhinder", "förhinder"]
    static let participantLabels: Set<String> = absentLabels.union(["deltagare", "närvarande", "kallade", "ledamöter"])

    /// `Datum: …`: the label in lower case and the value; nil for a line without a known label.
    static func field(_ plain: String) -> (String, String)? {
        guard let colon = plain.firstIndex(of: ":") else { return nil }
        let label = plain[..<colon].trimmingSpaces().lowercased()
        let known = ["datum", "tid", "plats", "lokal", "mötesform", "kallade", "inbjudna", "närvarande", "deltagare",
                     "frånvarande", "förhindrade", "anmält förhinder", "anmälda förhinder", "frånvaro", "förhinder",
                     "ställningstagande", "ställningstaganden", "beslut", "vid anteckningarna", "vid anteckningar",
                     "sekreterare", "justerare", "adjungerade", "övriga deltagare", "tjänstepersoner", "ledamöter",
                     "ersättare"]
        guard known.contains(label) else { return nil }
        return (label, plain[plain.index(after: colon)...].trimmingSpaces())
    }

    /// Handles a labelled line; false when it is not one after all and should be read as text.
    private mutating func handleField(_ label: String, _ value: String, text: DocumentText) -> Bool {
        switch label {
        case "datum":
            guard let date = MinutesHeader.date(in: value) else {
                draft.warn(.field("date"), "raden ”Datum: \(value)” kunde inte läsas som ett datum",
                           hint: "skriv mötesdagen som ÅÅÅÅ-MM-DD i date:")
                return true
            }
            if draft.date == nil { draft.date = date }
            if draft.start == nil, let times = MinutesHeader.times(in: value.replacingFirst(date.description, with: "")) {
                draft.start = times.start
                draft.end = times.end
            }
        case "tid":
            guard let times = MinutesHeader.times(in: value) else {
                draft.warn(.field("start"), "raden ”Tid: \(value)” kunde inte läsas som klockslag",
                           hint: "skriv start: \"HH:MM\" och end: \"HH:MM\"")
                return true
            }
            draft.start = times.start
            draft.end = times.end
        case "plats", "lokal", "mötesform":
            let place = value.trimmingCharacters(in: ".")
            guard !place.isEmpty else { return true }
            if draft.location == nil {
                draft.location = place
                draft.format = MinutesHeader.format(of: place)
                if draft.format == "hybrid" {
                    draft.warn(.field("format"), "mötesformen ”hybrid” är gissad ur ”\(place)”",
                               hint: "rätta format: (fysiskt, digitalt eller hybrid) och location: om det behövs")
                }
            } else {
                emit(text, heading: nil, marker: nil, depth: 0)
            }
        case "kallade":
            if value.lowercased().hasPrefix("se ") || value.isEmpty { startParticipants(named: nil) } else {
                addGroup("Kallade", members: ParticipantLine.members(inList: value), original: value)
            }
        case "inbjudna", "närvarande", "deltagare", "justerare", "adjungerade", "övriga deltagare", "tjänstepersoner",
             "ledamöter", "ersättare":
            let name = label.prefix(1).uppercased() + label.dropFirst()
            if value.isEmpty { startParticipants(named: name) } else {
                addGroup(name, members: ParticipantLine.members(inList: value), original: value)
            }
        case "frånvarande", "förhindrade", "anmält förhinder", "anmälda förhinder", "frånvaro", "förhinder":
            let name = label.prefix(1).uppercased() + label.dropFirst()
            if value.isEmpty {
                startParticipants(named: name)
                absentList = true
            } else {
                for member in ParticipantLine.members(inList: value) { absentMembers.append((member, name)) }
                if ParticipantLine.members(inList: value).isEmpty {
                    draft.warn(.block(draft.blocks.count), "raden ”\(label.capitalized): …” gav inga namn och står kvar i texten")
                    emit(text, heading: nil, marker: nil, depth: 0)
                }
            }
        case "ställningstagande", "ställningstaganden", "beslut":
            decision(value)
        case "vid anteckningarna", "vid anteckningar", "sekreterare":
            if value.isEmpty { secretaryNext = true } else { draft.secretary = value.trimmingCharacters(in: ".") }
        default:
            return false
        }
        return true
    }

    // MARK: Items

    /// `3. Titel`, `3) Titel`, `§ 3 Titel`, `3 . Titel`, a heading `3 Titel`; only the next number in
    /// the agenda (any number for the first), and not the next line of a list inside an item.
    private mutating func itemStart(_ plain: String, heading: Int?) -> (Int, String)? {
        var rest = Substring(plain)
        var section = false
        if rest.hasPrefix("§") {
            section = true
            rest = rest.dropFirst().drop(while: { $0 == " " })
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, let number = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count)
        let spaces = rest.prefix { $0 == " " }
        rest = rest.dropFirst(spaces.count)
        var punctuated = false
        if let mark = rest.first, mark == "." || mark == ")" || (mark == "," && currentItem != nil) {
            punctuated = true
            rest = rest.dropFirst()
        }
        guard punctuated || section || heading != nil else { return nil }
        let title = rest.trimmingSpaces()
        guard let first = title.first, first.isLetter || first == "”" || first == "\"", title.count <= 200 else { return nil }
        let continuesList = localNumber.map { number == $0 + 1 } ?? false
        let plausible = currentItem == nil ? (number <= 3 || section || heading != nil || stage == .agenda)
                                           : number == (currentItem ?? 0) + 1
        guard plausible, !continuesList else {
            localNumber = number
            return nil
        }
        return (number, Self.cleanTitle(title))
    }

    /// `a. Titel`, `b) Titel`, `3 a. Titel` under item 3: the next letter of the current item.
    private func subItemStart(_ plain: String, heading: Int?) -> (Character, String)? {
        guard let item = currentItem else { return nil }
        var rest = Substring(plain)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty {
            guard Int(digits) == item else { return nil }
            rest = rest.dropFirst(digits.count).drop(while: { $0 == " " })
        }
        guard let letter = rest.first, ("a"..."h").contains(letter) else { return nil }
        let expected: Character = currentSubItem.flatMap { current in
            current.asciiValue.map { Character(UnicodeScalar($0 + 1)) }
        } ?? "a"
        guard letter == expected else { return nil }
        rest = rest.dropFirst()
        rest = rest.drop(while: { $0 == " " })
        guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
        let title = rest.dropFirst().trimmingSpaces()
        guard let first = title.first, first.isLetter, title.count <= 200 else { return nil }
        return (letter, Self.cleanTitle(title))
    }

    /// A list item that ends a sentence begun with "… ställer sig bakom att": `Förbundsdirektörerna har`
    /// → `förbundsdirektörerna har` (a name or an abbreviation keeps its capital).
    static func continuing(_ text: String) -> String {
        let words = text.split(separator: " ", maxSplits: 1)
        guard let first = words.first, first.count > 1, first.dropFirst().allSatisfy(\.isLowercase),
              !ParticipantLine.isPersonName(words.prefix(2).joined(separator: " ")) else { return text }
        return first.prefix(1).lowercased() + text.dropFirst()
    }

    static func cleanTitle(_ title: String) -> String {
        var title = title.collapsingSpaces()
        while let last = title.last, last == "." || last == ":" { title.removeLast() }
        return title.trimmingSpaces()
    }

    private mutating func startItem(_ number: Int, title: String) {
        endParticipants()
        stage = .agenda
        currentItem = number
        currentSubItem = nil
        localNumber = nil
        decisionTakingListItems = nil
        listOpen = false
        draft.blocks.append(.item(number: number, title: Self.cleanTitle(title)))
        if Self.isDecisionSentence(title) { decisionSentence(Self.cleanTitle(title)) }
    }

    private mutating func startSubItem(_ letter: Character, title: String) {
        currentSubItem = letter
        localNumber = nil
        decisionTakingListItems = nil
        listOpen = false
        draft.blocks.append(.subItem(letter: letter, title: title))
    }

    private var itemID: String? {
        currentItem.map { "\($0)" + (currentSubItem.map { String($0) } ?? "") }
    }

    /// Passive forms that make a short sentence a decision: "Dagens agenda godkänns."
    static let decisionPassives = ["godkänns", "godkändes", "fastställs", "fastställdes", "beslutades", "antogs", "antas"]

    /// One short sentence (at most 120 characters) with a decision in the passive.
    static func isDecisionSentence(_ plain: String) -> Bool {
        guard plain.count <= 120, plain.last == "." || plain.last.map({ $0.isLetter }) == true else { return false }
        let body = plain.dropLast(plain.last == "." ? 1 : 0)
        guard !body.contains(". "), !body.contains(":") else { return false }
        let words = body.lowercased().split(separator: " ").map(String.init)
        return words.contains { decisionPassives.contains($0) }
    }

    /// A decision read out of the text rather than from a `Ställningstagande:` line: said in a warning.
    private mutating func decisionSentence(_ plain: String) {
        let text = plain.hasSuffix(".") ? plain : plain + "."
        let index = draft.decisions.count
        draft.decisions.append(MeetingDraft.DraftDecision(item: itemID, kind: .notes, text: text))
        draft.warn(.decision(index), "ställningstagandet är läst ur meningen ”\(plain)” i texten",
                   hint: "kontrollera det; ta bort det om meningen inte är ett ställningstagande")
    }

    private mutating func decision(_ value: String) {
        let text = value.trimmingCharacters(in: "*").trimmingSpaces()
        let index = draft.decisions.count
        draft.decisions.append(MeetingDraft.DraftDecision(item: itemID, kind: .notes, text: text))
        if text.isEmpty {
            decisionWaitingForText = index
        } else if text.hasSuffix(" att") || text.hasSuffix(":") {
            decisionTakingListItems = index
        }
    }

    // MARK: Participants

    private mutating func startParticipants(named name: String?) {
        stage = .participants
        absentList = false
        groupSection = nil
        if let name {
            draft.groups.append(MeetingDraft.Group(name: name))
            currentGroup = draft.groups.count - 1
        } else {
            currentGroup = nil
        }
    }

    private mutating func endParticipants() {
        if stage == .participants { stage = .preamble }
        if let held = heldGroupHeading {
            heldGroupHeading = nil
            draft.blocks.append(.text([MarkdownEscaping.lineStart(MarkdownEscaping.text(held))]))
        }
        absentList = false
        currentGroup = nil
    }

    private mutating func addGroup(_ name: String, members: [MeetingDraft.Member], original: String) {
        guard !members.isEmpty else {
            draft.warn(.block(draft.blocks.count), "raden ”\(name): \(original)” gav inga namn och står kvar i texten")
            draft.blocks.append(.text([MarkdownEscaping.lineStart(MarkdownEscaping.text("\(name): \(original)"))]))
            return
        }
        draft.groups.append(MeetingDraft.Group(name: name, members: members))
    }

    /// A line in a participant list: a group heading or a member; false when it is neither.
    private mutating func participantLine(_ plain: String, heading: Int?) -> Bool {
        if var member = ParticipantLine.member(plain) {
            if absentList { member.absent = true }
            if currentGroup == nil {
                let name = heldGroupHeading.map(sectioned) ?? "Deltagare"
                heldGroupHeading = nil
                draft.groups.append(MeetingDraft.Group(name: name))
                currentGroup = draft.groups.count - 1
            } else if let held = heldGroupHeading {
                heldGroupHeading = nil
                draft.groups.append(MeetingDraft.Group(name: sectioned(held)))
                currentGroup = draft.groups.count - 1
            }
            if let group = currentGroup { draft.groups[group].members.append(member) }
            return true
        }
        if ParticipantLine.isGroupHeading(plain) {
            if let held = heldGroupHeading {
                // Two headings in a row: the first names the part of the list the next groups belong to.
                groupSection = Self.abbreviation(in: held) ?? held
            }
            heldGroupHeading = plain.trimmingCharacters(in: ":")
            absentList = ["frånvarande", "förhindrade", "anmält förhinder", "förhinder"].contains(plain.lowercased().trimmingCharacters(in: ":"))
            currentGroup = draft.groups.isEmpty ? nil : currentGroup
            return true
        }
        return false
    }

    private func sectioned(_ name: String) -> String {
        guard let section = groupSection else { return name }
        return section.hasPrefix("(") ? "\(name) \(section)" : "\(name) – \(section)"
    }

    /// `(VGK)` in `För Västra Götalands fyra kommunalförbund (VGK)`.
    static func abbreviation(in text: String) -> String? {
        guard let open = text.lastIndex(of: "("), text.hasSuffix(")") else { return nil }
        return String(text[open...])
    }

    // MARK: Preamble

    private mutating func preambleLine(_ plain: String, text: DocumentText, heading: Int?) -> Bool {
        let lower = plain.lowercased()
        let kinds = ["mötesanteckning", "minnesanteckning", "protokoll", "anteckningar", "mötesanteckningar", "minnesanteckningar"]
        if draft.title == nil, let kind = kinds.first(where: { lower.hasPrefix($0) }) {
            let rest = plain.dropFirst(kind.count).trimmingSpaces()
            if rest.isEmpty {
                expectTitle = true
            } else {
                var title = plain
                if let date = MinutesHeader.date(in: title, anywhere: true) {
                    if draft.date == nil { draft.date = date }
                    title = title.replacingFirst(", \(date)", with: "").replacingFirst(" \(date)", with: "")
                }
                draft.title = Self.cleanTitle(title)
            }
            return true
        }
        if expectTitle {
            expectTitle = false
            if Self.field(plain) == nil, ParticipantLine.member(plain) == nil, plain.count <= 120 {
                draft.title = Self.cleanTitle(plain)
                return true
            }
        }
        if draft.date == nil, let date = MinutesHeader.date(in: plain) {
            draft.date = date
            // `4 december 2024, 15.30 – 16.30`: the times come after the date.
            if draft.start == nil, let comma = plain.firstIndex(of: ","),
               let times = MinutesHeader.times(in: String(plain[plain.index(after: comma)...])) {
                draft.start = times.start
                draft.end = times.end
            }
            draft.warn(.field("date"), "datumet är läst ur raden ”\(plain)”", hint: "kontrollera date:, start: och end:")
            return true
        }
        if draft.location == nil, ["teams", "zoom", "digitalt", "skype"].contains(lower.trimmingCharacters(in: ".")) {
            draft.location = plain.trimmingCharacters(in: ".")
            draft.format = "digitalt"
            return true
        }
        if ParticipantLine.member(plain) != nil, plain.contains(",") || plain.contains("(") {
            startParticipants(named: nil)
            return participantLine(plain, heading: heading)
        }
        if ParticipantLine.isGroupHeading(plain), plain.count <= 60, heading == nil || heading.map({ $0 >= 2 }) == true,
           draft.date != nil || draft.title != nil {
            // Perhaps a group heading: decided by the line after it.
            stage = .participants
            currentGroup = nil
            heldGroupHeading = plain.trimmingCharacters(in: ":")
            return true
        }
        return false
    }

    // MARK: Tables

    private mutating func table(header: [[DocumentBlock]]?, rows: [[[DocumentBlock]]], depth: Int) {
        let firstHeader = header?.first.map(Self.plainText)?.lowercased() ?? ""
        if ["mötespunkt", "punkt", "ärende", "dagordning", "nr", "§", "dagordningspunkt"].contains(firstHeader.trimmingCharacters(in: ":")) {
            for row in rows {
                guard let titleCell = row.first else { continue }
                let before = currentItem
                blocks(titleCell, depth: depth)
                if currentItem == before, let title = titleCell.first.map({ Self.plainText([$0]) }), !title.isEmpty {
                    let number = (currentItem ?? 0) + 1
                    startItem(number, title: title)
                    draft.warn(.block(draft.blocks.count - 1), "raden ”\(title)” i tabellen saknar nummer och blev punkt \(number)",
                               hint: "kontrollera numret i rubriken")
                }
                for cell in row.dropFirst() { blocks(cell, depth: depth) }
            }
            return
        }
        if stage != .agenda, looksLikeParticipants(header: header, rows: rows) {
            participantTable(header: header, rows: rows)
            return
        }
        emitTable(header: header, rows: rows)
    }

    private func looksLikeParticipants(header: [[DocumentBlock]]?, rows: [[[DocumentBlock]]]) -> Bool {
        var members = 0
        var others = 0
        for row in rows {
            for cell in row {
                let text = Self.plainText(cell)
                if text.isEmpty { continue }
                if ParticipantLine.member(text) != nil { members += 1 } else { others += 1 }
            }
        }
        return members >= 2 && members > others * 2
    }

    /// Each column a group (its heading from the table's first row); a cell that is a heading starts a
    /// new group in its column.
    private mutating func participantTable(header: [[DocumentBlock]]?, rows: [[[DocumentBlock]]]) {
        stage = .participants
        let width = max(header?.count ?? 0, rows.map(\.count).max() ?? 0)
        for column in 0..<width {
            var group: Int?
            if let header, column < header.count {
                let name = Self.plainText(header[column])
                if !name.isEmpty {
                    draft.groups.append(MeetingDraft.Group(name: name.trimmingCharacters(in: ":")))
                    group = draft.groups.count - 1
                }
            }
            for row in rows where column < row.count {
                for case let .paragraph(text) in row[column] {
                    let plain = text.plain.trimmingSpaces()
                    if plain.isEmpty { continue }
                    if let member = ParticipantLine.member(plain) {
                        if group == nil {
                            draft.groups.append(MeetingDraft.Group(name: "Deltagare"))
                            group = draft.groups.count - 1
                        }
                        if let group { draft.groups[group].members.append(member) }
                    } else if ParticipantLine.isGroupHeading(plain) {
                        draft.groups.append(MeetingDraft.Group(name: plain.trimmingCharacters(in: ":")))
                        group = draft.groups.count - 1
                    } else {
                        draft.warn(.block(draft.blocks.count), "”\(plain)” i deltagartabellen kunde inte läsas som en deltagare och står kvar i texten")
                        draft.blocks.append(.text([MarkdownEscaping.lineStart(text.markdown.replacingOccurrences(of: "\u{2028}", with: " "))]))
                    }
                }
            }
        }
        draft.groups.removeAll { $0.members.isEmpty }
    }

    private mutating func emitTable(header: [[DocumentBlock]]?, rows: [[[DocumentBlock]]]) {
        let allRows = (header.map { [$0] } ?? []) + rows
        let width = allRows.map(\.count).max() ?? 0
        guard width > 0 else { return }
        func cell(_ blocks: [DocumentBlock]) -> String {
            Self.markdownText(blocks).replacingOccurrences(of: "|", with: "\\|")
        }
        var lines: [String] = []
        for (index, row) in allRows.enumerated() {
            let cells = (0..<width).map { $0 < row.count ? cell(row[$0]) : "" }
            lines.append("| " + cells.joined(separator: " | ") + " |")
            if index == 0 { lines.append("|" + String(repeating: " --- |", count: width)) }
        }
        listOpen = false
        draft.blocks.append(.text(lines))
    }

    static func plainText(_ blocks: [DocumentBlock]) -> String {
        blocks.map { block -> String in
            switch block {
            case let .paragraph(text), let .heading(_, text): return text.plain
            case let .list(_, items): return items.map(plainText).joined(separator: " ")
            case let .table(_, rows): return rows.flatMap { $0.map(plainText) }.joined(separator: " ")
            }
        }.joined(separator: " ").collapsingSpaces()
    }

    static func markdownText(_ blocks: [DocumentBlock]) -> String {
        blocks.map { block -> String in
            switch block {
            case let .paragraph(text), let .heading(_, text): return text.markdown.replacingOccurrences(of: "\u{2028}", with: " ")
            case let .list(_, items): return items.map { "– " + markdownText($0) }.joined(separator: " ")
            case let .table(_, rows): return rows.flatMap { $0.map(markdownText) }.joined(separator: " ")
            }
        }.joined(separator: " ").collapsingSpaces()
    }

    // MARK: Text

    private mutating func emit(_ text: DocumentText, heading: Int?, marker: String?, depth: Int) {
        let parts = text.markdown.components(separatedBy: "\u{2028}").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return }
        if let heading, marker == nil {
            let level = currentItem == nil ? max(2, min(heading, 6)) : max(3, min(heading + 1, 6))
            listOpen = false
            draft.blocks.append(.text([String(repeating: "#", count: level) + " " + parts.joined(separator: " ")]))
            return
        }
        guard let marker else {
            let lines = parts.enumerated().map { index, part in
                MarkdownEscaping.lineStart(part) + (index < parts.count - 1 ? "\\" : "")
            }
            draft.blocks.append(.text(lines))
            return
        }
        let indent = String(repeating: "  ", count: depth)
        let bullet = marker.isEmpty ? "  " : marker + " "
        let continuation = indent + String(repeating: " ", count: marker.isEmpty ? 2 : marker.count + 1)
        var lines: [String] = []
        for (index, part) in parts.enumerated() {
            let escaped = MarkdownEscaping.lineStart(part) + (index < parts.count - 1 ? "\\" : "")
            lines.append(index == 0 ? indent + bullet + escaped : continuation + escaped)
        }
        if listOpen, case let .text(previous)? = draft.blocks.last {
            draft.blocks[draft.blocks.count - 1] = .text(previous + lines)
        } else {
            draft.blocks.append(.text(lines))
        }
        listOpen = true
    }

    // MARK: Finish

    private mutating func finish() {
        endParticipants()
        for (absentMember, label) in absentMembers {
            let name = absentMember.name
            var found = false
            for group in draft.groups.indices {
                for member in draft.groups[group].members.indices where draft.groups[group].members[member].name == name {
                    draft.groups[group].members[member].absent = true
                    found = true
                }
            }
            if !found {
                var member = absentMember
                member.absent = true
                if let group = draft.groups.firstIndex(where: { $0.name == label }) {
                    draft.groups[group].members.append(member)
                } else {
                    draft.groups.append(MeetingDraft.Group(name: label, members: [member]))
                }
            }
        }
        // `ersätter Karin Hallberg och Malin Normann`: the replaced members get replaced_by.
        for group in draft.groups {
            for member in group.members {
                guard let role = member.role, role.lowercased().hasPrefix("ersätter ") else { continue }
                let names = role.dropFirst("ersätter ".count).components(separatedBy: " och ")
                    .flatMap { $0.components(separatedBy: ",") }.map { $0.trimmingSpaces() }
                for name in names {
                    for target in draft.groups.indices {
                        for other in draft.groups[target].members.indices
                        where draft.groups[target].members[other].name == name && draft.groups[target].members[other].replacedBy == nil {
                            draft.groups[target].members[other].replacedBy = member.name
                        }
                    }
                }
            }
        }
        if draft.secretary == nil {
            for (groupIndex, group) in draft.groups.enumerated() {
                guard let memberIndex = group.members.firstIndex(where: { member in
                    let role = (member.role ?? "").lowercased()
                    return role.contains("sekreterare") || role.hasSuffix("sekr") || role.contains("sekr.")
                }) else { continue }
                draft.secretary = group.members[memberIndex].name
                draft.warn(.field("secretary"), "sekreteraren är gissad ur deltagarlistan (\(group.members[memberIndex].role ?? ""))",
                           hint: "kontrollera secretary:")
                break
            }
        }
        for index in draft.decisions.indices {
            let text = draft.decisions[index].text
            if text.isEmpty {
                draft.decisions[index].text = "…"
                draft.warn(.decision(index), "ett ställningstagande utan text", hint: "skriv vad organet tog ställning till i text:")
            } else if let kind = DecisionVerb.kind(of: text) {
                draft.decisions[index].kind = kind
            } else {
                draft.warn(.decision(index), "slaget av ställningstagandet gick inte att läsa ur texten; skrevs som ”noterar”",
                           hint: "välj kind: noterar, godkänner, ställer sig bakom, beslutar, ger uppdrag eller konstaterar")
            }
            if draft.decisions[index].item == nil {
                draft.warn(.decision(index), "ställningstagandet står före dagordningens första punkt och hör inte till någon punkt",
                           hint: "lägg till item: med punktens nummer om det hör till en")
            }
        }
        if !draft.blocks.contains(where: { if case .item = $0 { return true } else { return false } }) {
            draft.warn(.file, "inga numrerade punkter hittades; hela texten står utan punkter",
                       hint: "gör punkterna till rubriker: ## 1. Rubrik")
        }
        if draft.groups.isEmpty {
            draft.warn(.file, "ingen deltagarlista hittades", hint: "lägg till participants: för hand om protokollet har en")
        }
    }
}
