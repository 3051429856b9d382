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

    /// A body's page and one page per year of its meetings and decisions.
    func bodyPages(_ body: Body) -> [Page] {
        let meetings = meetingsByBody[body.id] ?? []
        var counts: [Int: Int] = [:]
        for meeting in meetings where meeting.status != .planned { counts[meeting.date.year, default: 0] += 1 + meeting.decisions.count }
        let archive = YearArchive(counts: counts, isPaginated: false)
        let heldByYear = Dictionary(grouping: meetings.reversed().filter { $0.status != .planned }, by: \.date.year)
        return [Page(url: body.url, template: "body", context: bodyPage(body, archive: archive), isSearchable: true)]
            + archive.years.map { year in
                Page(url: SiteURL.bodyYear(body.id, year.year), template: "body-year",
                     context: bodyYearPage(body, year: year.year, archive: archive, held: heldByYear[year.year] ?? []))
            }
    }

    func bodyPage(_ body: Body, archive: YearArchive) -> BodyContext {
        let url = body.url
        let meetings = meetingsByBody[body.id] ?? []
        let membersSource = meetings.last { $0.status == .held && !$0.participantGroups.isEmpty }
        let groups = (membersSource?.participantGroups ?? []).map { group in
            MemberGroup(groupName: group.name, members: group.members.map { member in
                let detail = [member.party, member.org, member.role].compactMap { $0 }.joined(separator: ", ")
                return MemberGroup.Member(name: member.name, detail: detail.isEmpty ? nil : detail)
            })
        }
        // The newest held meetings and their decisions, as many as the overview holds.
        var recent: [Meeting] = []
        var room = YearArchive.overviewLimit
        for meeting in meetings.reversed() where meeting.status != .planned {
            guard room >= 1 + meeting.decisions.count || recent.isEmpty else { break }
            recent.append(meeting)
            room -= 1 + meeting.decisions.count
        }
        let held = recent.map { entry($0, from: url) }
        let bodyDecisions = recent.flatMap { meeting in
            meeting.decisions.enumerated().map { entry($0.element, index: $0.offset, of: meeting, from: url) }
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
            heldMeetings: held,
            plannedMeetings: meetings.filter(isUpcoming).map { entry($0, from: url) },
            pastPlannedMeetings: meetings.reversed().filter(hasNoMinutes).map { entry($0, from: url) },
            decisions: bodyDecisions,
            archive: archive.navigation(from: url, overviewURL: url, current: nil) { year, _ in SiteURL.bodyYear(body.id, year) })
    }

    /// One year of a body's held meetings and decisions.
    /// - Parameter held: the body's held (and cancelled) meetings of the year, newest first.
    func bodyYearPage(_ body: Body, year: Int, archive: YearArchive, held meetings: [Meeting]) -> BodyYearContext {
        let url = SiteURL.bodyYear(body.id, year)
        let heading = "\(body.displayName) \(year)"
        return BodyYearContext(
            layout: layout(url, title: heading, description: "Möten och ställningstaganden i \(body.name) \(year).", section: .bodies,
                           crumbs: [("Organ", SiteURL.bodies), (body.displayName, body.url)]),
            heading: heading, bodyName: body.name, bodyHref: SiteURL.relative(from: url, to: body.url),
            heldMeetings: meetings.map { entry($0, from: url) },
            decisions: meetings.flatMap { meeting in
                meeting.decisions.enumerated().map { entry($0.element, index: $0.offset, of: meeting, from: url) }
            },
            archive: archive.navigation(from: url, overviewURL: body.url, current: (year, 1)) { year, _ in SiteURL.bodyYear(body.id, year) })
    }
}
