import Foundation
import SamverkanModel

/// `/data/meetings.json`, `/data/decisions.json`, `/data/assignments.json` and (with `person_pages`)
/// `/data/people.json`: the archive as open data, in the schema that docs/open-data.md documents. `schemaVersion` changes only when a field changes meaning or goes away.
enum OpenData {
    static let schemaVersion = 1

    struct MeetingsDocument: Encodable {
        var schemaVersion: Int
        var site: String
        var meetings: [MeetingRecord]
    }

    struct MeetingRecord: Encodable {
        var id: String
        var path: String
        var url: String?
        var body: String
        var bodyName: String
        var date: String
        var start: String?
        var end: String?
        var status: String
        var title: String
        var location: String?
        var format: String?
        var topics: [String]
        /// What `items:` says about single agenda items.
        var items: [ItemRecord]
        var decisions: [String]
        var attachments: [AttachmentRecord]
        /// `preliminary: true` and not yet approved.
        var preliminary: Bool
        /// The decision (its id in decisions.json) that approved these minutes.
        var approvedBy: String?
        /// Later corrections of the minutes.
        var corrections: [CorrectionRecord]
    }

    struct CorrectionRecord: Encodable {
        var date: String
        var text: String
    }

    struct ItemRecord: Encodable {
        var item: String
        var topics: [String]
    }

    struct AttachmentRecord: Encodable {
        var title: String
        var path: String?
    }

    struct DecisionsDocument: Encodable {
        var schemaVersion: Int
        var site: String
        var decisions: [DecisionRecord]
    }

    struct DecisionRecord: Encodable {
        var id: String
        var meeting: String
        var path: String
        var url: String?
        var body: String
        var bodyName: String
        var date: String
        var item: String?
        var kind: String
        var text: String
        var topics: [String]
        /// The id of the assignment the decision gives.
        var assignment: String?
        /// The id of the assignment the decision reports back on, and whether it completes it.
        var reports: String?
        var completes: Bool?
        /// The meeting whose minutes it approves.
        var approves: String?
    }

    struct AssignmentsDocument: Encodable {
        var schemaVersion: Int
        var site: String
        var assignments: [AssignmentRecord]
    }

    struct AssignmentRecord: Encodable {
        var id: String
        var path: String
        var url: String?
        var status: String
        var to: String?
        var due: String?
        var text: String
        var given: DecisionReferenceRecord
        var reports: [DecisionReferenceRecord]
    }

    /// A decision as `decisions.json` names it, with where it was taken.
    struct DecisionReferenceRecord: Encodable {
        var decision: String
        var meeting: String
        var body: String
        var date: String
        var item: String?
        /// Only on report-backs.
        var completes: Bool?
    }

    struct PeopleDocument: Encodable {
        var schemaVersion: Int
        var site: String
        var people: [PersonRecord]
    }

    /// An elected member: a participant with a party, as the participant lists of held meetings name them.
    struct PersonRecord: Encodable {
        var id: String
        var name: String
        var party: String
        var path: String
        var url: String?
        /// Held meetings whose lists name them, and of those the ones they attended and missed.
        var meetingCount: Int
        var attendedCount: Int
        var absentCount: Int
        var bodies: [MembershipRecord]
    }

    struct MembershipRecord: Encodable {
        var body: String
        var bodyName: String
        /// The first and last meeting (ids in meetings.json) of the body that list them.
        var firstMeeting: String
        var lastMeeting: String
        /// Named in the body's latest held meeting with a participant list.
        var current: Bool
        var roles: [RoleRecord]
        var organisations: [String]
        /// Meeting ids, oldest first.
        var attended: [String]
        var absent: [String]
    }

    struct RoleRecord: Encodable {
        var role: String
        var firstMeeting: String
        var lastMeeting: String
        var current: Bool
    }

    static func people(_ catalog: PageCatalog) -> [UInt8] {
        let content = catalog.content
        let base = content.settings.baseURL
        let records = catalog.people.people.map { person in
            PersonRecord(
                id: person.id, name: person.name, party: person.party, path: person.url,
                url: SiteURL.absolute(person.url, base: base), meetingCount: person.appearances.count,
                attendedCount: person.presentCount, absentCount: person.appearances.count - person.presentCount,
                bodies: person.memberships.map { membership in
                    MembershipRecord(
                        body: membership.bodyID,
                        bodyName: content.bodiesByID[membership.bodyID]?.displayName ?? membership.bodyID,
                        firstMeeting: membership.first.slug, lastMeeting: membership.last.slug, current: membership.isCurrent,
                        roles: membership.roles.compactMap { period in
                            period.role.map { RoleRecord(role: $0, firstMeeting: period.first.slug, lastMeeting: period.last.slug,
                                                         current: period.isCurrent) }
                        },
                        organisations: membership.organisations,
                        attended: membership.appearances.filter(\.present).map(\.meeting.slug),
                        absent: membership.appearances.filter { !$0.present }.map(\.meeting.slug))
                })
        }
        return encode(PeopleDocument(schemaVersion: schemaVersion, site: content.settings.title, people: records))
    }

    static func meetings(_ catalog: PageCatalog) -> [UInt8] {
        let content = catalog.content
        let base = content.settings.baseURL
        let records = content.meetings.map { meeting in
            MeetingRecord(
                id: meeting.slug, path: meeting.url, url: SiteURL.absolute(meeting.url, base: base),
                body: meeting.body.value, bodyName: catalog.bodyName(meeting), date: meeting.date.description,
                start: meeting.start?.description, end: meeting.end?.description, status: meeting.status.rawValue,
                title: catalog.title(of: meeting), location: meeting.location, format: meeting.format?.rawValue,
                topics: meeting.topics.map(\.value),
                items: meeting.itemNotes.map { ItemRecord(item: $0.item.value, topics: $0.topics.map(\.value)) },
                decisions: meeting.decisions.indices.map { "\(meeting.slug)-\($0 + 1)" },
                attachments: meeting.attachments.map { attachment in
                    AttachmentRecord(title: attachment.title, path: attachment.href.map { href in
                        href.value.hasPrefix("http") ? href.value : "/" + href.value.drop { $0 == "/" }
                    })
                },
                preliminary: catalog.isPreliminary(meeting),
                approvedBy: catalog.approvals[meeting.slug].map { "\($0.meeting.slug)-\($0.index + 1)" },
                corrections: meeting.corrections.map { CorrectionRecord(date: $0.date.description, text: $0.text) })
        }
        return encode(MeetingsDocument(schemaVersion: schemaVersion, site: content.settings.title, meetings: records))
    }

    static func decisions(_ catalog: PageCatalog) -> [UInt8] {
        let content = catalog.content
        let base = content.settings.baseURL
        var records: [DecisionRecord] = []
        for meeting in content.meetings {
            for (index, decision) in meeting.decisions.enumerated() {
                let path = SiteURL.anchored(meeting.url, PageAnchors.decisionAnchor(index))
                records.append(DecisionRecord(
                    id: "\(meeting.slug)-\(index + 1)", meeting: meeting.slug, path: path,
                    url: SiteURL.absolute(path, base: base), body: meeting.body.value, bodyName: catalog.bodyName(meeting),
                    date: meeting.date.description, item: decision.item?.value, kind: decision.kind.rawValue,
                    text: decision.text, topics: decision.topics.map(\.value),
                    assignment: decision.assignment?.id.value, reports: decision.report?.assignment.value,
                    completes: decision.report?.completes, approves: decision.approves?.value))
            }
        }
        return encode(DecisionsDocument(schemaVersion: schemaVersion, site: content.settings.title, decisions: records))
    }

    static func assignments(_ catalog: PageCatalog) -> [UInt8] {
        let content = catalog.content
        let base = content.settings.baseURL
        func reference(_ reference: TrackedAssignment.DecisionReference, completes: Bool?) -> DecisionReferenceRecord {
            DecisionReferenceRecord(decision: "\(reference.meeting.slug)-\(reference.index + 1)", meeting: reference.meeting.slug,
                                    body: reference.meeting.body.value, date: reference.meeting.date.description,
                                    item: reference.decision.item?.value, completes: completes)
        }
        let records = catalog.assignments.assignments.map { tracked in
            let assignment = tracked.assignment
            return AssignmentRecord(
                id: assignment.id.value, path: assignment.url, url: SiteURL.absolute(assignment.url, base: base),
                status: openDataStatus(tracked.status(today: catalog.today)), to: assignment.assignee?.value,
                due: assignment.due?.value.description, text: tracked.given.decision.text,
                given: reference(tracked.given, completes: nil),
                reports: tracked.reports.map { reference($0, completes: $0.decision.report?.completes ?? false) })
        }
        return encode(AssignmentsDocument(schemaVersion: schemaVersion, site: content.settings.title, assignments: records))
    }

    /// In English, as a meeting's `held`/`planned`/`cancelled`: the page's labels are Swedish.
    static func openDataStatus(_ status: TrackedAssignment.Status) -> String {
        switch status {
        case .overdue: "overdue"
        case .open: "open"
        case .completed: "completed"
        }
    }

    static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(((try? encoder.encode(value)) ?? Data("{}".utf8))) + [0x0A]
    }
}
