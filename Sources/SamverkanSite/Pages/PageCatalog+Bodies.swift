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
            bodies: content.bodies.map { summary(of: $0, from: url) },
            peopleHref: peopleLink(from: url))
    }

    /// A body's page and one page per year of its meetings and decisions.
    func bodyPages(_ body: Body) -> [Page] {
        let meetings = meetingsByBody[body.id] ?? []
        var counts: [Int: Int] = [:]
        for meeting in meetings where meeting.status != .planned { counts[meeting.date.year, default: 0] += 1 + meeting.decisions.count }
        let archive = YearArchive(counts: counts)
        let heldByYear = Dictionary(grouping: meetings.reversed().filter { $0.status != .planned }, by: \.date.year)
        return [Page(url: body.url, template: "body", context: bodyPage(body, archive: archive), isSearchable: true,
                     source: body.relativePath)]
            + archive.pages.map { year, page in
                Page(url: SiteURL.bodyYear(body.id, year, page: page), template: "body-year",
                     context: bodyYearPage(body, year: year, page: page, archive: archive, held: heldByYear[year] ?? []))
            }
    }

    func bodyPage(_ body: Body, archive: YearArchive) -> BodyContext {
        let url = body.url
        let meetings = meetingsByBody[body.id] ?? []
        let membersSource = meetings.last { $0.status == .held && !$0.participantGroups.isEmpty }
        let groups = (membersSource?.participantGroups ?? []).map { group in
            MemberGroup(groupName: group.name, members: group.members.map { member in
                let detail = [member.party, member.org, member.role].compactMap { $0 }.joined(separator: ", ")
                return MemberGroup.Member(name: member.name, detail: detail.isEmpty ? nil : detail,
                                          personHref: personLink(member, from: url))
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
                           crumbs: [("Organ", SiteURL.bodies)], search: [("Typ", "Organ"), ("Organ", body.displayName)],
                           feeds: [Feed(title: "Nytt från \(body.displayName)", url: SiteURL.bodyFeed(body.id))],
                           about: organization(body, from: url), source: body.relativePath),
            feedHref: feedLink(SiteURL.bodyFeed(body.id), from: url),
            calendarHref: SiteURL.relative(from: url, to: SiteURL.bodyCalendar(body.id)),
            followHref: SiteURL.relative(from: url, to: SiteURL.follow),
            name: body.name, short: body.short, kindLabel: body.kind.label, parties: body.parties,
            partiesText: body.parties.joined(separator: ", "),
            descriptionHTML: rendered.bodies[body.id]?.html ?? "",
            memberGroups: groups,
            membersSourceTitle: membersSource.map(title(of:)),
            membersSourceHref: membersSource.map { SiteURL.relative(from: url, to: SiteURL.anchored($0.url, PageAnchors.participants)) },
            membersSourceDateText: membersSource.map { SwedishDateFormatter.medium($0.date) },
            bodyPeopleHref: people.people.contains { $0.memberships.contains { $0.bodyID == body.id } }
                ? SiteURL.relative(from: url, to: SiteURL.anchored(SiteURL.people, Self.peopleAnchor(body.id))) : nil,
            heldMeetings: held,
            plannedMeetings: meetings.filter(isUpcoming).map { entry($0, from: url) },
            pastPlannedMeetings: meetings.reversed().filter(hasNoMinutes).map { entry($0, from: url) },
            decisions: bodyDecisions,
            archive: archive.navigation(from: url, overviewURL: url, current: nil) { SiteURL.bodyYear(body.id, $0, page: $1) })
    }

    /// One year of a body's held meetings and decisions.
    /// One year of a body's held meetings and decisions (one page of it, when the year is long:
    /// its meetings first, then its decisions).
    /// - Parameter held: the body's held (and cancelled) meetings of the year, newest first.
    func bodyYearPage(_ body: Body, year: Int, page: Int, archive: YearArchive, held: [Meeting]) -> BodyYearContext {
        let url = SiteURL.bodyYear(body.id, year, page: page)
        let pageCount = archive.pageCount(of: year)
        let heading = "\(body.displayName) \(year)" + (pageCount > 1 ? ", sida \(page) av \(pageCount)" : "")
        let allDecisions = held.flatMap { meeting in meeting.decisions.enumerated().map { (meeting, $0.offset, $0.element) } }
        let (meetings, decisions) = YearArchive.slices(held, allDecisions, page: page)
        return BodyYearContext(
            layout: layout(url, title: heading, description: "Möten och ställningstaganden i \(body.name) \(year).", section: .bodies,
                           crumbs: [("Organ", SiteURL.bodies), (body.displayName, body.url)]),
            heading: heading, bodyName: body.name, bodyHref: SiteURL.relative(from: url, to: body.url),
            heldMeetings: meetings.map { entry($0, from: url) },
            decisions: decisions.map { entry($0.2, index: $0.1, of: $0.0, from: url) },
            archive: archive.navigation(from: url, overviewURL: body.url, current: (year, page)) { SiteURL.bodyYear(body.id, $0, page: $1) })
    }
}
