import SamverkanLoading
import SamverkanModel

extension PageCatalog {
    func summary(of body: Body, from page: String) -> BodySummary {
        let meetings = meetingsByBody[body.id] ?? []
        let latest = meetings.last { $0.status == .held }
        return BodySummary(
            name: body.name, short: body.short, kindLabel: body.kind.label,
            href: SiteURL.relative(from: page, to: body.url),
            heldCount: meetings.count { $0.status == .held }, plannedCount: meetings.count(where: isUpcoming),
            latestDateText: latest.map { SwedishDateFormatter.medium($0.date) },
            summaryHTML: firstParagraph(rendered.bodies[body.id]?.html))
    }

    func bodiesPage() -> BodiesContext {
        let url = SiteURL.bodies
        return BodiesContext(
            layout: layout(url, title: "Organ", description: "Organen i \(content.settings.title) och deras möten.",
                           section: .bodies),
            bodies: content.bodies.map { summary(of: $0, from: url) })
    }

    func bodyPage(_ body: Body) -> BodyContext {
        let url = body.url
        let meetings = meetingsByBody[body.id] ?? []
        let membersSource = meetings.last { $0.status == .held && !$0.participantGroups.isEmpty }
        let groups = (membersSource?.participantGroups ?? []).map { group in
            MemberGroup(groupName: group.name, members: group.members.map { member in
                let detail = [member.party, member.org, member.role].compactMap { $0 }.joined(separator: ", ")
                return MemberGroup.Member(name: member.name, detail: detail.isEmpty ? nil : detail)
            })
        }
        var bodyDecisions: [DecisionEntry] = []
        for meeting in meetings.reversed() {
            for (index, decision) in meeting.decisions.enumerated() {
                bodyDecisions.append(entry(decision, index: index, of: meeting, from: url))
            }
        }
        return BodyContext(
            layout: layout(url, title: body.displayName, description: body.name, section: .bodies,
                           crumbs: [("Organ", SiteURL.bodies)], search: [("Typ", "Organ"), ("Organ", body.displayName)]),
            name: body.name, short: body.short, kindLabel: body.kind.label, parties: body.parties,
            descriptionHTML: rendered.bodies[body.id]?.html ?? "",
            memberGroups: groups,
            membersSourceTitle: membersSource.map(title(of:)),
            membersSourceHref: membersSource.map { SiteURL.relative(from: url, to: SiteURL.anchored($0.url, PageAnchors.participants)) },
            membersSourceDateText: membersSource.map { SwedishDateFormatter.medium($0.date) },
            heldMeetings: meetings.reversed().filter { $0.status != .planned }.map { entry($0, from: url) },
            plannedMeetings: meetings.filter(isUpcoming).map { entry($0, from: url) },
            pastPlannedMeetings: meetings.reversed().filter(hasNoMinutes).map { entry($0, from: url) },
            decisions: bodyDecisions)
    }
}
