import SamverkanModel

/// `/data/meetings.json`, `/data/decisions.json`, `/data/assignments.json` and (with `person_pages`)
/// `/data/people.json`: the archive as open data, in the schema that docs/open-data.md documents.
/// `schemaVersion` changes only when a field changes meaning or goes away. A field without a value
/// is left out; keys are written sorted (`JSONValue.writePretty`).
enum OpenData {
    static let schemaVersion = 1

    static func people(_ catalog: PageCatalog) -> [UInt8] {
        let content = catalog.content
        let base = content.settings.baseURL
        let records = catalog.people.people.map { person -> JSONValue in
            .fields([
                ("id", .text(person.id)), ("name", .text(person.name)), ("party", .text(person.party)),
                ("path", .text(person.url)), ("url", SiteURL.absolute(person.url, base: base).map(JSONValue.text)),
                // Held meetings whose lists name them, and of those the ones they attended and missed.
                ("meetingCount", .number(person.appearances.count)),
                ("attendedCount", .number(person.presentCount)),
                ("absentCount", .number(person.appearances.count - person.presentCount)),
                ("bodies", .list(person.memberships.map { membership in
                    .fields([
                        ("body", .text(membership.bodyID)),
                        ("bodyName", .text(content.bodiesByID[membership.bodyID]?.displayName ?? membership.bodyID)),
                        // The first and last meeting (ids in meetings.json) of the body that list them.
                        ("firstMeeting", .text(membership.first.slug)), ("lastMeeting", .text(membership.last.slug)),
                        // Named in the body's latest held meeting with a participant list.
                        ("current", .bool(membership.isCurrent)),
                        ("roles", .list(membership.roles.compactMap { period in
                            period.role.map { role in
                                .fields([("role", .text(role)), ("firstMeeting", .text(period.first.slug)),
                                         ("lastMeeting", .text(period.last.slug)), ("current", .bool(period.isCurrent))])
                            }
                        })),
                        ("organisations", .texts(membership.organisations)),
                        // Meeting ids, oldest first.
                        ("attended", .texts(membership.appearances.filter(\.present).map(\.meeting.slug))),
                        ("absent", .texts(membership.appearances.filter { !$0.present }.map(\.meeting.slug))),
                    ])
                })),
            ])
        }
        return document(catalog, "people", records)
    }

    static func meetings(_ catalog: PageCatalog) -> [UInt8] {
        let content = catalog.content
        let base = content.settings.baseURL
        let records = content.meetings.parallelMap { meeting -> JSONValue in
            .fields([
                ("id", .text(meeting.slug)), ("path", .text(meeting.url)),
                ("url", SiteURL.absolute(meeting.url, base: base).map(JSONValue.text)),
                ("body", .text(meeting.body.value)), ("bodyName", .text(catalog.bodyName(meeting))),
                ("date", .text(meeting.date.description)),
                ("start", meeting.start.map { .text($0.description) }), ("end", meeting.end.map { .text($0.description) }),
                ("status", .text(meeting.status.rawValue)), ("title", .text(catalog.title(of: meeting))),
                ("location", meeting.location.map(JSONValue.text)), ("format", meeting.format.map { .text($0.rawValue) }),
                ("topics", .texts(meeting.topics.map(\.value))),
                // What `items:` says about single agenda items.
                ("items", .list(meeting.itemNotes.map { note in
                    .fields([("item", .text(note.item.value)), ("topics", .texts(note.topics.map(\.value)))])
                })),
                ("decisions", .texts(meeting.decisions.indices.map { "\(meeting.slug)-\($0 + 1)" })),
                ("attachments", .list(meeting.attachments.map { attachment in
                    .fields([
                        ("title", .text(attachment.title)),
                        ("path", attachment.href.map { href in
                            .text(href.value.hasPrefix("http") ? href.value : "/" + href.value.drop { $0 == "/" })
                        }),
                    ])
                })),
                // `preliminary: true` and not yet approved.
                ("preliminary", .bool(catalog.isPreliminary(meeting))),
                // The decision (its id in decisions.json) that approved these minutes.
                ("approvedBy", catalog.approvals[meeting.slug].map { .text("\($0.meeting.slug)-\($0.index + 1)") }),
                ("corrections", .list(meeting.corrections.map { correction in
                    .fields([("date", .text(correction.date.description)), ("text", .text(correction.text))])
                })),
            ])
        }
        return document(catalog, "meetings", records)
    }

    static func decisions(_ catalog: PageCatalog) -> [UInt8] {
        let content = catalog.content
        let base = content.settings.baseURL
        let records = content.meetings.parallelMap { meeting -> [JSONValue] in
            meeting.decisions.enumerated().map { index, decision -> JSONValue in
                let path = SiteURL.anchored(meeting.url, PageAnchors.decisionAnchor(index))
                return .fields([
                    ("id", .text("\(meeting.slug)-\(index + 1)")), ("meeting", .text(meeting.slug)), ("path", .text(path)),
                    ("url", SiteURL.absolute(path, base: base).map(JSONValue.text)),
                    ("body", .text(meeting.body.value)), ("bodyName", .text(catalog.bodyName(meeting))),
                    ("date", .text(meeting.date.description)), ("item", decision.item.map { .text($0.value) }),
                    ("kind", .text(decision.kind.rawValue)), ("text", .text(decision.text)),
                    ("topics", .texts(decision.topics.map(\.value))),
                    // The assignment the decision gives; the one it reports back on, and whether it completes it.
                    ("assignment", decision.assignment.map { .text($0.id.value) }),
                    ("reports", decision.report.map { .text($0.assignment.value) }),
                    ("completes", decision.report.map { .bool($0.completes) }),
                    // The meeting whose minutes it approves.
                    ("approves", decision.approves.map { .text($0.value) }),
                ])
            }
        }
        return document(catalog, "decisions", records.flatMap(\.self))
    }

    static func assignments(_ catalog: PageCatalog) -> [UInt8] {
        let content = catalog.content
        let base = content.settings.baseURL
        /// A decision as `decisions.json` names it, with where it was taken; `completes` only on report-backs.
        func reference(_ reference: TrackedAssignment.DecisionReference, completes: Bool?) -> JSONValue {
            .fields([
                ("decision", .text("\(reference.meeting.slug)-\(reference.index + 1)")), ("meeting", .text(reference.meeting.slug)),
                ("body", .text(reference.meeting.body.value)), ("date", .text(reference.meeting.date.description)),
                ("item", reference.decision.item.map { .text($0.value) }), ("completes", completes.map(JSONValue.bool)),
            ])
        }
        let records = catalog.assignments.assignments.map { tracked -> JSONValue in
            let assignment = tracked.assignment
            return .fields([
                ("id", .text(assignment.id.value)), ("path", .text(assignment.url)),
                ("url", SiteURL.absolute(assignment.url, base: base).map(JSONValue.text)),
                ("status", .text(openDataStatus(tracked.status(today: catalog.today)))),
                ("to", assignment.assignee.map { .text($0.value) }), ("due", assignment.due.map { .text($0.value.description) }),
                ("text", .text(tracked.given.decision.text)),
                ("given", reference(tracked.given, completes: nil)),
                ("reports", .list(tracked.reports.map { reference($0, completes: $0.decision.report?.completes ?? false) })),
            ])
        }
        return document(catalog, "assignments", records)
    }

    /// In English, as a meeting's `held`/`planned`/`cancelled`: the page's labels are Swedish.
    static func openDataStatus(_ status: TrackedAssignment.Status) -> String {
        switch status {
        case .overdue: "overdue"
        case .open: "open"
        case .completed: "completed"
        }
    }

    /// `{ "<key>": [records], "schemaVersion": 1, "site": "<title>" }`, ending with a new line.
    static func document(_ catalog: PageCatalog, _ key: String, _ records: [JSONValue]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(records.count * 512)
        JSONValue.object([("schemaVersion", .number(schemaVersion)), ("site", .text(catalog.content.settings.title)),
                          (key, .list(records))]).writePretty(to: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }
}
