import SamverkanModel
import SamverkanSite

extension MeetingDraft {
    /// The meeting file: front matter in the contract's order, then the Markdown, and each warning
    /// at the line of the file it is about (1-based).
    func text(body: String, date: CalendarDate) -> (text: String, warnings: [(line: Int, warning: Warning)]) {
        var lines = ["---"]
        var anchors: [Anchor: Int] = [.file: 1]
        func add(_ line: String, anchor: Anchor? = nil) {
            lines.append(line)
            if let anchor, anchors[anchor] == nil { anchors[anchor] = lines.count }
        }
        func field(_ key: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            add("\(key): \(YAMLText.scalar(value))", anchor: .field(key))
        }
        add("body: \(YAMLText.scalar(body))")
        add("date: \(date)", anchor: .field("date"))
        field("title", title)
        add("status: held")
        if let start { add("start: \"\(start)\"", anchor: .field("start")) }
        if let end { add("end: \"\(end)\"", anchor: .field("end")) }
        field("location", location)
        field("format", format)
        if !groups.isEmpty {
            add("participants:")
            for (groupIndex, group) in groups.enumerated() {
                add("  - group: \(YAMLText.scalar(group.name))")
                add("    members:")
                for (memberIndex, member) in group.members.enumerated() {
                    add("      - name: \(YAMLText.scalar(member.name))", anchor: .member(group: groupIndex, member: memberIndex))
                    if let party = member.party { add("        party: \(YAMLText.scalar(party))") }
                    if let org = member.org { add("        org: \(YAMLText.scalar(org))") }
                    if let role = member.role { add("        role: \(YAMLText.scalar(role))") }
                    if member.absent { add("        absent: true") }
                    if let replacedBy = member.replacedBy { add("        replaced_by: \(YAMLText.scalar(replacedBy))") }
                }
            }
        }
        field("secretary", secretary)
        if !decisions.isEmpty {
            add("decisions:")
            for (index, decision) in decisions.enumerated() {
                if let item = decision.item {
                    add("  - item: \(item)", anchor: .decision(index))
                    add("    kind: \(decision.kind.rawValue)")
                } else {
                    add("  - kind: \(decision.kind.rawValue)", anchor: .decision(index))
                }
                add("    text: \(YAMLText.scalar(decision.text))")
            }
        }
        if let original {
            add("original:", anchor: .field("original"))
            add("  href: \(YAMLText.scalar(original.href))")
            add("  method: \(original.method.rawValue)")
        }
        add("---")
        for (index, block) in blocks.enumerated() {
            if lines.last != "---" || index > 0 { lines.append("") }
            switch block {
            case let .item(number, title):
                add("## \(number). \(MarkdownEscaping.text(title))", anchor: .block(index))
            case let .subItem(letter, title):
                add("### \(letter). \(MarkdownEscaping.text(title))", anchor: .block(index))
            case let .text(text):
                for (offset, line) in text.enumerated() { add(line, anchor: offset == 0 ? .block(index) : nil) }
            }
        }
        // A warning about a block past the end (text that was left where the document ended).
        anchors[.block(blocks.count)] = anchors[.block(blocks.count)] ?? lines.count
        let located = warnings.map { warning -> (line: Int, warning: Warning) in
            let line = anchors[warning.anchor] ?? Self.fallbackLine(warning.anchor, anchors: anchors)
            return (line, warning)
        }
        return (lines.joined(separator: "\n") + "\n", located.sorted { $0.line < $1.line })
    }

    /// A field the file does not write (a time that could not be read): the line of `date:`.
    private static func fallbackLine(_ anchor: Anchor, anchors: [Anchor: Int]) -> Int {
        if case let .block(index) = anchor {
            for next in index... {
                if let line = anchors[.block(next)] { return line }
                if next > index + 10_000 { break }
            }
        }
        return anchors[.field("date")] ?? 1
    }
}

