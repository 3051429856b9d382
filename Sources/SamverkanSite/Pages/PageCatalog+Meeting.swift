import SamverkanLoading
import SamverkanMarkdown
import SamverkanModel

extension PageCatalog {
    func meetingPage(_ meeting: Meeting) -> MeetingContext {
        let url = meeting.url
        let text = rendered.meetings[meeting.slug]
        let decisionEntries = meeting.decisions.enumerated().map { entry($0.element, index: $0.offset, of: meeting, from: url) }

        // Decisions beside their item: an item's section also shows its sub-items' decisions.
        var decisionsByItem: [String: [DecisionEntry]] = [:]
        var itemOfSubItem: [String: String] = [:]
        var agenda: [MeetingContext.AgendaItem] = []
        for heading in text?.headings ?? [] {
            guard let number = heading.itemNumber else { continue }
            let item = MeetingContext.AgendaItem(number: number, itemTitle: heading.itemTitle ?? heading.text,
                                                 anchorHref: "#" + heading.anchor, subItems: [])
            if heading.level == 2 {
                agenda.append(item)
            } else if !agenda.isEmpty {
                agenda[agenda.count - 1].subItems.append(item)
                itemOfSubItem[number] = agenda[agenda.count - 1].number
            }
        }
        for (decision, entry) in zip(meeting.decisions, decisionEntries) {
            guard let item = decision.item?.value else { continue }
            decisionsByItem[itemOfSubItem[item] ?? item, default: []].append(entry)
        }
        let sources = backlinks.sourcesByMeeting[url] ?? []
        func backlink(_ source: BacklinkIndex.Source) -> MeetingContext.Backlink {
            // An untitled meeting's title ends with its date already.
            let date = source.date.flatMap { source.title.hasSuffix(SwedishDateFormatter.medium($0)) ? nil : $0 }
            return MeetingContext.Backlink(sourceTitle: source.title, sourceHref: SiteURL.relative(from: url, to: source.url),
                                    sourceDateText: date.map(SwedishDateFormatter.medium), sourceIsoDate: date?.description,
                                    sourceItemLabel: source.item.map { "punkt \($0)" })
        }
        var backlinksByItem: [String: [MeetingContext.Backlink]] = [:]
        for source in sources {
            guard let item = source.item else { continue }
            backlinksByItem[itemOfSubItem[item] ?? item, default: []].append(backlink(source))
        }
        let sections = (text?.sections ?? []).map { section in
            let number = section.heading?.itemNumber
            return MeetingContext.Section(html: section.html,
                                          sectionDecisions: number.flatMap { decisionsByItem[$0] } ?? [],
                                          sectionBacklinks: number.flatMap { backlinksByItem[$0] } ?? [])
        }

        let groups = meeting.participantGroups.map { group in
            MeetingContext.Group(groupName: group.name, members: group.members.map {
                .init(name: $0.name, party: $0.party, org: $0.org, role: $0.role, isAbsent: $0.absent, replacedBy: $0.replacedBy,
                      personHref: personLink($0, from: url))
            })
        }
        let members = meeting.participantGroups.flatMap(\.members)
        let siblings = meetingsByBody[meeting.body.value] ?? []
        let position = positionInBody[meeting.url]
        let previous = position.flatMap { $0 > 0 ? siblings[$0 - 1] : nil }
        let next = position.flatMap { $0 + 1 < siblings.count ? siblings[$0 + 1] : nil }
        let body = content.bodiesByID[meeting.body.value]
        let meetingTitle = title(of: meeting)

        return MeetingContext(
            layout: layout(url, title: meetingTitle.contains(String(meeting.date.year)) ? meetingTitle
                                : "\(meetingTitle) \(SwedishDateFormatter.medium(meeting.date))",
                           description: "\(meetingTitle), \(SwedishDateFormatter.long(meeting.date)).",
                           section: .bodies,
                           crumbs: [("Organ", SiteURL.bodies), (body?.displayName ?? meeting.body.value, SiteURL.body(meeting.body.value))],
                           search: [("Typ", "Möte"), ("Organ", bodyName(meeting)), ("År", String(meeting.date.year))],
                           searchTitle: "\(meetingTitle) – \(bodyName(meeting)) \(SwedishDateFormatter.long(meeting.date))",
                           about: event(meeting, agenda: agenda, from: url), source: meeting.relativePath),
            title: meetingTitle, bodyName: body?.name ?? meeting.body.value,
            bodyHref: SiteURL.relative(from: url, to: SiteURL.body(meeting.body.value)),
            dateText: SwedishDateFormatter.long(meeting.date), isoDate: meeting.date.description,
            timeText: SwedishDateFormatter.timeRange(meeting.start, meeting.end), location: meeting.location,
            formatLabel: meeting.format?.label, statusLabel: meeting.status.label,
            isPlanned: meeting.status == .planned, isCancelled: meeting.status == .cancelled,
            hasNoMinutes: hasNoMinutes(meeting),
            topics: meeting.topics.compactMap { content.topicsByID[$0.value] }.map {
                .init(topicTitle: $0.title, topicHref: SiteURL.relative(from: url, to: $0.url))
            },
            participantGroups: groups, hasParticipants: !members.isEmpty,
            presentCount: members.count { !$0.absent }, absentCount: members.count(where: \.absent),
            agenda: agenda, sections: sections,
            meetingDecisions: zip(meeting.decisions, decisionEntries).filter { $0.0.item == nil }.map(\.1),
            allDecisions: decisionEntries, hasDecisions: !decisionEntries.isEmpty,
            attachments: meeting.attachments.map { attachment in
                .init(attachmentTitle: attachment.title, attachmentHref: attachment.href.map { href in
                    guard case let .site(path, _) = LinkTarget(href.value) else { return href.value }
                    return SiteURL.relative(from: url, to: path)
                })
            },
            original: meeting.original.map { originalDocument($0, from: url) },
            secretary: meeting.secretary, approval: minutesApproval(meeting, from: url), isPreliminary: isPreliminary(meeting),
            corrections: meeting.corrections.map { correction in
                CorrectionNote(correctionDateText: SwedishDateFormatter.medium(correction.date),
                               correctionIsoDate: correction.date.description, correctionText: correction.text)
            },
            backlinks: sources.map(backlink),
            previous: previous.map { entry($0, from: url) }, next: next.map { entry($0, from: url) })
    }
}

extension PageCatalog {
    /// "Originalhandling": the link to the document the minutes were transcribed from.
    func originalDocument(_ original: MeetingOriginal, from url: String) -> MeetingContext.OriginalDocument {
        let href = original.href.value
        let name = String(href.split(separator: "/").last ?? Substring(href))
        let format: String? = switch name.split(separator: ".").last?.lowercased() {
        case "pdf": "PDF"
        case "docx", "doc", "odt", "rtf": "Word"
        case "html", "htm": "HTML"
        case "png", "jpg", "jpeg", "tif", "tiff": "bild"
        default: nil
        }
        let target: String
        if case let .site(path, _) = LinkTarget(href) { target = SiteURL.relative(from: url, to: path) } else { target = href }
        return .init(originalHref: target, originalName: name, originalFormat: format, originalIsScan: original.method == .ocr)
    }
}
