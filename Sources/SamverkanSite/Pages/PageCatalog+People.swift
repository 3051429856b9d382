import SamverkanModel

/// The elected members' pages (`person_pages`, on by default): `/personer/`, the members by body,
/// and `/personer/<id>/`, one member's bodies, roles and meetings. Only participants with a party
/// are there (`PersonRegister`), and only what the participant lists of held meetings say.
extension PageCatalog {
    /// `/personer/` and every person's page; none with `person_pages: false`, or when no participant
    /// has a party (nothing would link the list).
    func peoplePages() -> [Page] {
        guard content.settings.personPages, !people.people.isEmpty else { return [] }
        return [Page(url: SiteURL.people, template: "people", context: peoplePage())]
            + people.people.map { person in
                Page(url: person.url, template: "person", context: personPage(person), isSearchable: true)
            }
    }

    /// The link to `/personer/` from `page`, when the site has person pages and someone has one.
    func peopleLink(from page: String) -> String? {
        people.people.isEmpty ? nil : SiteURL.relative(from: page, to: SiteURL.people)
    }

    /// The link to a participant's page, when they have one (a party, and `person_pages` on).
    func personLink(_ participant: Participant, from page: String) -> String? {
        people.person(participant).map { SiteURL.relative(from: page, to: $0.url) }
    }

    func bodyName(of bodyID: String) -> String { content.bodiesByID[bodyID]?.displayName ?? bodyID }

    /// "närvarande vid 3 av 4 möten".
    static func attendance(_ present: Int, of total: Int) -> String {
        "närvarande vid \(present) av \(total) \(total == 1 ? "möte" : "möten")"
    }

    /// The anchor of a body's section on `/personer/`: `personer-sro`.
    static func peopleAnchor(_ bodyID: String) -> String { "personer-\(bodyID)" }

    func peoplePage() -> PeopleContext {
        let url = SiteURL.people
        var membersByBody: [String: [(PersonRegister.Person, PersonRegister.Membership)]] = [:]
        for person in people.people {
            for membership in person.memberships { membersByBody[membership.bodyID, default: []].append((person, membership)) }
        }
        func summary(_ person: PersonRegister.Person, _ membership: PersonRegister.Membership) -> PersonSummary {
            PersonSummary(
                personName: person.name, personHref: SiteURL.relative(from: url, to: person.url), personParty: person.party,
                latestRole: membership.latestRole,
                organisationsText: membership.organisations.isEmpty ? nil : membership.organisations.joined(separator: ", "),
                bodyAttendanceText: Self.attendance(membership.presentCount, of: membership.appearances.count),
                lastMeetingDateText: SwedishDateFormatter.medium(membership.last.date), lastMeetingIsoDate: membership.last.date.description,
                summaryIsFormer: !membership.isCurrent)
        }
        let groups: [PeopleContext.BodyGroup] = content.bodies.compactMap { body in
            guard let members = membersByBody[body.id], !members.isEmpty else { return nil }
            let current = members.filter { $0.1.isCurrent }
                .sorted { PersonRegister.sortKey($0.0.name) < PersonRegister.sortKey($1.0.name) }
            let former = members.filter { !$0.1.isCurrent }
                .sorted { ($1.1.last.date, PersonRegister.sortKey($0.0.name)) < ($0.1.last.date, PersonRegister.sortKey($1.0.name)) }
            let latest = (meetingsByBody[body.id] ?? []).last { $0.status == .held && !$0.participantGroups.isEmpty }
            return PeopleContext.BodyGroup(
                groupBodyName: body.displayName, groupBodyFullName: body.name == body.displayName ? nil : body.name,
                groupBodyHref: SiteURL.relative(from: url, to: body.url), groupAnchor: Self.peopleAnchor(body.id),
                currentMembers: current.map(summary), formerMembers: former.map(summary),
                latestListTitle: latest.map(title(of:)),
                latestListHref: latest.map { SiteURL.relative(from: url, to: SiteURL.anchored($0.url, PageAnchors.participants)) },
                latestListDateText: latest.map { SwedishDateFormatter.medium($0.date) })
        }
        return PeopleContext(
            layout: layout(url, title: "Förtroendevalda",
                           description: "Förtroendevalda i \(siteGenitive) organ: vilka organ de sitter i, med vilken roll, och vilka möten de har deltagit i enligt mötesanteckningarna.",
                           section: .bodies, crumbs: [("Organ", SiteURL.bodies)]),
            bodyGroups: groups, hasSeveralBodies: groups.count > 1, personCount: people.people.count,
            bodiesHref: SiteURL.relative(from: url, to: SiteURL.bodies),
            followHref: SiteURL.relative(from: url, to: SiteURL.follow))
    }

    /// How many meetings a person's page lists, newest first, before it gives only counts per year.
    static let personRowLimit = 200

    func personPage(_ person: PersonRegister.Person) -> PersonContext {
        let url = person.url
        func date(_ meeting: Meeting) -> (String, String) { (SwedishDateFormatter.medium(meeting.date), meeting.date.description) }
        let memberships = person.memberships.map { membership in
            let body = content.bodiesByID[membership.bodyID]
            let (firstText, firstISO) = date(membership.first), (lastText, lastISO) = date(membership.last)
            return PersonContext.Membership(
                membershipBodyName: body?.displayName ?? membership.bodyID,
                membershipBodyFullName: body.flatMap { $0.name == $0.displayName ? nil : $0.name },
                membershipBodyHref: SiteURL.relative(from: url, to: SiteURL.body(membership.bodyID)),
                firstMeetingTitle: title(of: membership.first),
                firstMeetingHref: SiteURL.relative(from: url, to: membership.first.url),
                firstMeetingDateText: firstText, firstMeetingIsoDate: firstISO,
                lastMeetingTitle: title(of: membership.last),
                lastMeetingHref: SiteURL.relative(from: url, to: membership.last.url),
                lastMeetingDateText: lastText, lastMeetingIsoDate: lastISO,
                membershipHasSpan: membership.appearances.count > 1, membershipIsCurrent: membership.isCurrent,
                roles: membership.roles.compactMap { period in
                    guard let role = period.role else { return nil }
                    let (first, firstISO) = date(period.first), (last, lastISO) = date(period.last)
                    return PersonContext.RoleEntry(roleName: role, roleFirstDateText: first, roleFirstIsoDate: firstISO,
                                                   roleLastDateText: last, roleLastIsoDate: lastISO,
                                                   roleHasSpan: period.first.slug != period.last.slug, roleIsCurrent: period.isCurrent)
                },
                membershipOrganisationsText: membership.organisations.isEmpty ? nil : membership.organisations.joined(separator: ", "),
                membershipAttendanceText: Self.attendance(membership.presentCount, of: membership.appearances.count))
        }
        let byYear = Dictionary(grouping: person.appearances, by: \.meeting.date.year)
        // The newest meetings are listed; older years give their counts and the bodies' year pages,
        // so a long-serving member's page stays small (a page per year of the body has the rest).
        var listed = 0
        let years = byYear.keys.sorted(by: >).map { year in
            let appearances = Array((byYear[year] ?? []).reversed())
            let shown = listed < Self.personRowLimit ? Array(appearances.prefix(Self.personRowLimit - listed)) : []
            listed += shown.count
            let archives = shown.count == appearances.count ? [] : Array(Set(appearances.map(\.meeting.body.value))).sorted().map { body in
                PersonContext.YearArchiveLink(archiveLabel: "\(bodyName(of: body)) \(year)",
                                              archiveHref: SiteURL.relative(from: url, to: SiteURL.bodyYear(body, year)))
            }
            let rows = shown.map { appearance in
                let meeting = appearance.meeting
                return PersonContext.MeetingRow(
                    rowTitle: title(of: meeting), rowHref: SiteURL.relative(from: url, to: SiteURL.anchored(meeting.url, PageAnchors.participants)),
                    rowDateText: SwedishDateFormatter.medium(meeting.date), rowIsoDate: meeting.date.description,
                    rowBodyName: bodyName(meeting), rowBodyHref: SiteURL.relative(from: url, to: SiteURL.body(meeting.body.value)),
                    wasPresent: appearance.present, rowReplacedBy: appearance.present ? nil : appearance.participant.replacedBy,
                    rowRole: appearance.participant.role)
            }
            return PersonContext.Year(
                yearNumber: year, yearAnchor: "ar-\(year)",
                yearAttendanceText: Self.attendance(appearances.count(where: \.present), of: appearances.count),
                rows: rows, hasRows: !rows.isEmpty, yearArchives: archives, hasYearArchives: !archives.isEmpty)
        }
        let present = person.presentCount, total = person.appearances.count
        let attendance = Self.attendance(present, of: total)
        return PersonContext(
            layout: layout(url, title: person.label,
                           description: "\(person.label) i \(siteGenitive) organ: roller och \(attendance) enligt mötesanteckningarna.",
                           section: .bodies, crumbs: [("Organ", SiteURL.bodies), ("Förtroendevalda", SiteURL.people)],
                           search: [("Typ", "Person")] + person.memberships.map { ("Organ", bodyName(of: $0.bodyID)) },
                           feeds: [Feed(title: "Möten med \(person.label)", url: SiteURL.personFeed(person.id))],
                           about: personData(person, from: url)),
            personName: person.name, personParty: person.party,
            attendanceText: attendance.prefix(1).uppercased() + attendance.dropFirst(),
            presentCount: present, absentCount: total - present, meetingCount: total,
            memberships: memberships, years: years,
            olderYearsNote: listed < total
                ? "De \(Self.personRowLimit) senaste mötena visas här; för tidigare år står antalet och en länk till organets möten det året."
                : nil,
            peopleHref: SiteURL.relative(from: url, to: SiteURL.people),
            personFeedHref: feedLink(SiteURL.personFeed(person.id), from: url))
    }

    /// A person as a schema.org `Person`: `memberOf` each body through a `Role` per role the minutes
    /// give (`roleName`), from its first meeting to its last (`startDate`, `endDate`; no `endDate`
    /// while the body's latest participant list gives the role).
    func personData(_ person: PersonRegister.Person, from page: String) -> JSONValue {
        var roles: [JSONValue] = []
        for membership in person.memberships {
            let body = content.bodiesByID[membership.bodyID].map { organization($0, from: page) }
                ?? .thing("GovernmentOrganization", [("name", .text(membership.bodyID))])
            for period in membership.roles {
                roles.append(.thing("Role", [
                    ("roleName", period.role.map(JSONValue.text)),
                    ("startDate", .text(period.first.date.description)),
                    ("endDate", period.isCurrent ? nil : .text(period.last.date.description)),
                    ("memberOf", body),
                ]))
            }
        }
        return .thing("Person", [
            ("name", .text(person.name)),
            ("url", .text(structuredLink(person.url, from: page))),
            ("memberOf", roles.isEmpty ? nil : .list(roles)),
        ])
    }
}
