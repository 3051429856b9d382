import SamverkanLoading
import SamverkanMarkdown
import SamverkanModel

/// Stage 6: which pages exist and the data each one shows. Everything is computed once, in lookups
/// built in one pass, so the work grows with the content and never with its square.
public struct PageCatalog: Sendable {
    /// Every template a page kind is rendered with: what `check` requires of the templates folder.
    public static let templateNames: Set<String> = ["index", "timeline", "bodies", "body", "body-year", "meeting", "decisions", "topic-year",
                                                    "topics", "topic", "upcoming", "page", "sok", "404",
                                                    "assignments", "assignment", "folj", "people", "person"]

    var content: SiteContent
    var rendered: RenderedContent
    let today: CalendarDate
    /// Whether the site has a search index: otherwise the search page says search is not available.
    let offersSearch: Bool
    /// Each body's meetings, oldest first.
    let meetingsByBody: [String: [Meeting]]
    /// Each meeting's position among its body's meetings.
    let positionInBody: [String: Int]
    /// Every decision with its meeting, newest first.
    let decisions: [(meeting: Meeting, index: Int, decision: Decision)]
    /// What names each topic.
    let usageByTopic: [String: TopicUsage]
    /// Meetings, milestones (with their place in the content) and decisions (newest first) by year.
    let meetingsByYear: [Int: [Meeting]]
    let milestonesByYear: [Int: [(Int, Milestone)]]
    let decisionsByYear: [Int: [(meeting: Meeting, index: Int, decision: Decision)]]
    let timelineArchive: YearArchive
    let decisionArchive: YearArchive
    /// Every assignment and its report-backs.
    let assignments: AssignmentRegister
    /// Which pages link to each meeting.
    let backlinks: BacklinkIndex
    let approvals: ApprovalRegister
    /// When each content file was first and last committed (empty without git).
    let history: SourceHistory
    /// The elected members (participants with a party); empty with `person_pages: false`.
    let people: PersonRegister

    public init(content: SiteContent, rendered: RenderedContent, today: CalendarDate, offersSearch: Bool = true,
                history: SourceHistory = SourceHistory()) {
        self.content = content
        self.history = history
        self.rendered = rendered
        self.today = today
        self.offersSearch = offersSearch
        meetingsByBody = Dictionary(grouping: content.meetings, by: \.body.value)
        var positions: [String: Int] = [:]
        for meetings in meetingsByBody.values {
            for (index, meeting) in meetings.enumerated() { positions[meeting.url] = index }
        }
        positionInBody = positions
        var decisions: [(Meeting, Int, Decision)] = []
        for meeting in content.meetings.reversed() {
            for (index, decision) in meeting.decisions.enumerated() { decisions.append((meeting, index, decision)) }
        }
        self.decisions = decisions
        meetingsByYear = Dictionary(grouping: content.meetings, by: \.date.year)
        milestonesByYear = Dictionary(grouping: content.milestones.enumerated().map { ($0.offset, $0.element) },
                                      by: { $0.1.date.firstDay.year })
        decisionsByYear = Dictionary(grouping: decisions, by: { $0.meeting.date.year })
        var timelineCounts: [Int: Int] = [:]
        for (year, meetings) in meetingsByYear { timelineCounts[year, default: 0] += meetings.reduce(meetings.count) { $0 + $1.decisions.count } }
        for (year, milestones) in milestonesByYear { timelineCounts[year, default: 0] += milestones.count }
        timelineArchive = YearArchive(counts: timelineCounts)
        decisionArchive = YearArchive(counts: decisionsByYear.mapValues(\.count))
        // Four indexes of the same content, each made in one pass: two at a time.
        let decisionList = decisions
        ((usageByTopic, assignments), (approvals, people, backlinks)) = concurrently({
            (Self.topicUsage(content, decisions: decisionList), AssignmentRegister(content))
        }, {
            (ApprovalRegister(content), PersonRegister(content),
             BacklinkIndex(content: content, rendered: rendered) { [content] in Self.title(of: $0, in: content) })
        })
    }

    /// Every page of the site, in a stable order.
    public func pages() -> [Page] {
        var pages: [Page] = [
            Page(url: SiteURL.home, template: "index", context: startPage()),
            Page(url: SiteURL.timeline, template: "timeline", context: timelinePage()),
            Page(url: SiteURL.bodies, template: "bodies", context: bodiesPage()),
            Page(url: SiteURL.decisions, template: "decisions", context: decisionsPage()),
            Page(url: SiteURL.topics, template: "topics", context: topicsPage()),
            Page(url: SiteURL.upcoming, template: "upcoming", context: upcomingPage()),
            Page(url: SiteURL.assignments, template: "assignments", context: assignmentsPage()),
            Page(url: SiteURL.follow, template: "folj", context: followPage()),
            Page(url: SiteURL.search, template: "sok", context: searchPage()),
            Page(url: SiteURL.notFound, template: "404", context: notFoundPage()),
        ]
        pages += timelineArchive.pages.map { year, page in
            Page(url: SiteURL.timelineYear(year, page: page), template: "timeline", context: timelineYearPage(year, page: page))
        }
        pages += decisionArchive.pages.map { year, page in
            Page(url: SiteURL.decisionsYear(year, page: page), template: "decisions", context: decisionsYearPage(year, page: page))
        }
        pages += assignmentYearPages()
        pages += content.bodies.flatMap(bodyPages)
        pages += content.meetings.map { meeting in
            Page(url: meeting.url, template: "meeting", context: meetingPage(meeting), isSearchable: true,
                 reuseKey: meetingPageInputs(meeting), source: meeting.relativePath)
        }
        pages += assignments.assignments.map { tracked in
            Page(url: tracked.assignment.url, template: "assignment", context: assignmentPage(tracked), isSearchable: true)
        }
        pages += content.topics.flatMap(topicPages)
        pages += peoplePages()
        pages += content.pages.map { Page(url: $0.url, template: "page", context: freePage($0), isSearchable: true, source: $0.relativePath) }
        return pages
    }

    // MARK: Shared pieces

    /// What every page's data may depend on besides its own inputs: the settings, the free pages
    /// (navigation and footer), today and whether the site has search.
    struct SiteWideInputs: Hashable, Sendable, Encodable {
        var settings: SiteSettings
        var pages: [FreePage]
        var today: CalendarDate
        var offersSearch: Bool
    }

    public var siteWideInputs: any Hashable & Sendable { siteWideInputValues }

    /// The site-wide inputs as their own type, for `siteWideInputs` and `siteWideDigest`.
    var siteWideInputValues: SiteWideInputs {
        SiteWideInputs(settings: content.settings, pages: content.pages, today: today, offersSearch: offersSearch)
    }

    /// What a meeting page is made from: the meeting (its rendered text follows from it), its
    /// neighbours in its body, its body, its topics, its assignments' state and its backlinks.
    struct MeetingPageInputs: Hashable, Sendable, Encodable {
        var meeting: Meeting
        var previous: Meeting?
        var next: Meeting?
        var body: Body?
        var topics: [Topic?]
        /// What the page shows of assignments beside its decisions, and of the pages that link to it.
        var assignmentNotes: [AssignmentNotes]
        var backlinks: [BacklinkIndex.Source]
        /// Its approval, the meetings its decisions approve (their titles show), and whether its
        /// neighbours are preliminary (their entries show it).
        var approval: MinutesApproval?
        var approvedMeetings: [String?]
        var neighboursPreliminary: [Bool]
        /// When its file was committed (the page's dates).
        var history: SourceHistory.Commits?
        /// Its participants' pages (which depend on other meetings: a name with two parties).
        var personLinks: [String?]
    }

    struct AssignmentNotes: Hashable, Sendable, Encodable {
        var badge: AssignmentBadge?
        var answer: AnswerLink?
    }

    /// The inputs of a meeting's page: its `Page.reuseKey` (erased) and, digested, what a build
    /// remembers of it (`meetingPageDigest`).
    func meetingPageInputs(_ meeting: Meeting) -> MeetingPageInputs {
        let siblings = meetingsByBody[meeting.body.value] ?? []
        let position = positionInBody[meeting.url]
        let previousMeeting = position.flatMap { $0 > 0 ? siblings[$0 - 1] : nil }
        let nextMeeting = position.flatMap { $0 + 1 < siblings.count ? siblings[$0 + 1] : nil }
        return MeetingPageInputs(
            meeting: meeting,
            previous: previousMeeting,
            next: nextMeeting,
            body: content.bodiesByID[meeting.body.value],
            topics: meeting.topics.map { content.topicsByID[$0.value] },
            assignmentNotes: meeting.decisions.indices.map { index in
                let notes = assignmentNotes(index, of: meeting, from: meeting.url)
                return AssignmentNotes(badge: notes.0, answer: notes.1)
            },
            backlinks: backlinks.sourcesByMeeting[meeting.url] ?? [],
            approval: minutesApproval(meeting, from: meeting.url),
            approvedMeetings: meeting.decisions.map { approvedMeeting($0).map(dated) },
            neighboursPreliminary: [previousMeeting, nextMeeting].map { $0.map(isPreliminary) ?? false },
            history: history[meeting.relativePath],
            personLinks: meeting.participantGroups.flatMap(\.members).map { personLink($0, from: meeting.url) })
    }

    enum Section { case home, timeline, bodies, decisions, assignments, topics, upcoming, follow, search, about, none }

    /// - Parameter search: the Pagefind filters of a page the search indexes (`nil`: not indexed,
    ///   like the lists, which only repeat what the pages they list say).
    func layout(_ pageURL: String, title: String, description: String, section: Section,
                crumbs: [(String, String)] = [], search: [(String, String)]? = nil,
                searchTitle: String? = nil, feeds: [Feed] = [], about: JSONValue? = nil,
                source: String? = nil) -> LayoutContext {
        let settings = content.settings
        // The 404 page is shown at any address: its links start at the site's root path ("/", or the
        // path of base_url), everyone else's are relative.
        let isNotFound = pageURL == SiteURL.notFound
        let url = isNotFound ? SiteURL.home : pageURL
        let prefix = isNotFound ? rootPath : ""
        func href(_ target: String) -> String { prefix + SiteURL.relative(from: url, to: target) }
        let navigation: [(String, String, Section)] = [
            ("Start", SiteURL.home, .home),
            ("Tidslinje", SiteURL.timeline, .timeline),
            ("Organ", SiteURL.bodies, .bodies),
            ("Ställningstaganden", SiteURL.decisions, .decisions),
            ("Uppdrag", SiteURL.assignments, .assignments),
            ("Ämnen", SiteURL.topics, .topics),
            ("Kommande möten", SiteURL.upcoming, .upcoming),
            ("Sök", SiteURL.search, .search),
        ] + content.pages.filter { $0.slug == "om" }.map { ($0.title, $0.url, Section.about) }
        let isHome = pageURL == SiteURL.home
        var breadcrumbs: [LayoutContext.Crumb] = []
        if !isHome && !isNotFound {
            let trail = [("Start", SiteURL.home)] + crumbs + [(title, url)]
            breadcrumbs = trail.enumerated().map { index, crumb in
                LayoutContext.Crumb(label: crumb.0, href: href(crumb.1),
                                    isLast: index == trail.count - 1)
            }
        }
        return LayoutContext(
            lang: settings.language, siteTitle: settings.title, siteDescription: settings.description,
            organisation: settings.organisation, footer: settings.footer,
            pageTitle: isHome ? settings.title : title, isHome: isHome, description: description,
            root: isNotFound ? rootPath : SiteURL.rootPrefix(from: url), homeHref: href(SiteURL.home),
            nav: navigation.map { LayoutContext.Link(label: $0.0, href: href($0.1),
                                                     isCurrent: $0.2 == section) },
            breadcrumbs: breadcrumbs,
            footerLinks: content.pages.map { LayoutContext.Link(label: $0.title, href: href($0.url),
                                                                isCurrent: $0.url == pageURL) },
            canonical: isNotFound ? nil : SiteURL.absolute(pageURL, base: settings.baseURL),
            jsonLD: structuredData(about: about, trail: isHome || isNotFound ? [] : [("Start", SiteURL.home)] + crumbs + [(title, url)],
                                   from: url),
            editHref: source.flatMap { path in settings.editURL.map { $0 + Self.percentEncodedPath(path) } },
            history: source.flatMap(pageHistory),
            feedHref: SiteURL.absolute(SiteURL.feed, base: settings.baseURL) ?? href(SiteURL.feed),
            calendarHref: href(SiteURL.calendar),
            followHref: href(SiteURL.follow),
            alternates: feeds.map { LayoutContext.Alternate(title: $0.title, href: feedLink($0.url, from: url)) },
            searchHref: href(SiteURL.search),
            searchable: search != nil,
            // Pagefind reads "title:…" and would take a comma as the start of another field.
            searchTitle: searchTitle.map { "title:" + Self.withoutCommas($0) },
            searchFilters: (search ?? []).map { name, value in
                // Pagefind reads "name:value"; a comma would start another filter.
                LayoutContext.SearchFilter(filter: name + ":" + Self.withoutCommas(value))
            })
    }

    /// The text without its commas; most have none, and those are returned as they are.
    static func withoutCommas(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: ",")) ? String(text.unicodeScalars.filter { $0 != "," }.map(Character.init)) : text
    }

    /// A content path as it goes into an address: letters, digits and `-._~/` as they are, every
    /// other byte of its UTF-8 as `%XX`.
    static func percentEncodedPath(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    /// The page's JSON-LD: what it is about, and its breadcrumbs as a `BreadcrumbList`.
    func structuredData(about: JSONValue?, trail: [(String, String)], from page: String) -> String? {
        var nodes: [JSONValue] = about.map { [$0] } ?? []
        if !trail.isEmpty {
            nodes.append(.thing("BreadcrumbList", [("itemListElement", .list(trail.enumerated().map { index, crumb in
                .thing("ListItem", [("position", .number(index + 1)), ("name", .text(crumb.0)),
                                    ("item", .text(structuredLink(crumb.1, from: page)))])
            }))]))
        }
        return nodes.isEmpty ? nil : JSONValue.document(nodes)
    }

    /// A link in JSON-LD: absolute when `base_url` is set, otherwise relative to the page (JSON-LD
    /// resolves it against the page's address).
    func structuredLink(_ target: String, from page: String) -> String {
        SiteURL.absolute(target, base: content.settings.baseURL) ?? SiteURL.relative(from: page, to: target)
    }

    /// A body as a schema.org `GovernmentOrganization`.
    func organization(_ body: Body, from page: String) -> JSONValue {
        .thing("GovernmentOrganization", [("name", .text(body.name)),
                                          ("alternateName", body.displayName == body.name ? nil : .text(body.displayName)),
                                          ("url", .text(structuredLink(body.url, from: page)))])
    }

    /// A feed of the site or of a part of it, for `<link rel="alternate">` and for `/folj/`.
    struct Feed {
        var title: String
        var url: String
    }

    /// A feed's address as readers subscribe to it: absolute when `base_url` is set.
    func feedLink(_ feedURL: String, from page: String) -> String {
        SiteURL.absolute(feedURL, base: content.settings.baseURL) ?? SiteURL.relative(from: page, to: feedURL)
    }

    /// The site's root as an absolute path: `/`, or `/arkiv/` when `base_url` is `https://x.se/arkiv`.
    var rootPath: String {
        guard let base = content.settings.baseURL, let scheme = base.range(of: "://") else { return "/" }
        let afterHost = base[scheme.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : afterHost + "/"
    }

    /// The site's title (`site.yml`) in the Swedish genitive: "Samverkan Norrlands".
    var siteGenitive: String {
        let title = content.settings.title
        return title.last.map { "sSxXzZ".contains($0) } == true ? title : title + "s"
    }

    func bodyName(_ meeting: Meeting) -> String {
        content.bodiesByID[meeting.body.value]?.displayName ?? meeting.body.value
    }

    func title(of meeting: Meeting) -> String {
        Self.title(of: meeting, in: content)
    }

    static func title(of meeting: Meeting, in content: SiteContent) -> String {
        meeting.title ?? "\(content.bodiesByID[meeting.body.value]?.displayName ?? meeting.body.value) \(SwedishDateFormatter.medium(meeting.date))"
    }

    func hasNoMinutes(_ meeting: Meeting) -> Bool {
        meeting.status == .planned && meeting.date < today
    }

    func isUpcoming(_ meeting: Meeting) -> Bool {
        meeting.status == .planned && meeting.date >= today
    }

    func entry(_ meeting: Meeting, from page: String) -> MeetingEntry {
        MeetingEntry(
            title: title(of: meeting), href: SiteURL.relative(from: page, to: meeting.url),
            dateText: SwedishDateFormatter.long(meeting.date), isoDate: meeting.date.description,
            timeText: SwedishDateFormatter.timeRange(meeting.start, meeting.end), location: meeting.location,
            formatLabel: meeting.format?.label, bodyName: bodyName(meeting),
            bodyHref: SiteURL.relative(from: page, to: SiteURL.body(meeting.body.value)),
            statusLabel: meeting.status.label, isPlanned: meeting.status == .planned,
            isCancelled: meeting.status == .cancelled, hasNoMinutes: hasNoMinutes(meeting),
            decisionCount: meeting.decisions.count, hasDecisions: !meeting.decisions.isEmpty, isPreliminary: isPreliminary(meeting))
    }

    /// Marked `preliminary` and approved by no decision of the site.
    func isPreliminary(_ meeting: Meeting) -> Bool {
        meeting.preliminary != nil && approvals[meeting.slug] == nil
    }

    /// Where a meeting's minutes were approved, linked from the page at `page`.
    func minutesApproval(_ meeting: Meeting, from page: String) -> MinutesApproval? {
        guard let approval = approvals[meeting.slug] else { return nil }
        let approving = approval.meeting
        return MinutesApproval(
            approvedInLabel: dated(approving),
            approvedInHref: SiteURL.relative(from: page, to: SiteURL.anchored(approving.url, PageAnchors.decisionAnchor(approval.index))),
            approvedDateText: SwedishDateFormatter.medium(approving.date), approvedIsoDate: approving.date.description,
            approvedBodyName: bodyName(approving))
    }

    /// The meeting a decision approves, when it is in the site.
    func approvedMeeting(_ decision: Decision) -> Meeting? {
        decision.approves.flatMap { content.meetingsBySlug[$0.value] }
    }

    /// "Mötesanteckning SRO, 3 oktober 2024"; an untitled meeting's title ends with its date already.
    func dated(_ meeting: Meeting) -> String {
        let title = title(of: meeting), date = SwedishDateFormatter.medium(meeting.date)
        return title.hasSuffix(date) ? title : "\(title), \(date)"
    }

    func entry(_ decision: Decision, index: Int, of meeting: Meeting, from page: String) -> DecisionEntry {
        let target: String
        let itemLabel: String
        if let item = decision.item {
            target = SiteURL.anchored(meeting.url, PageAnchors.agendaItem(item.value))
            itemLabel = "punkt \(item.value)"
        } else {
            target = SiteURL.anchored(meeting.url, PageAnchors.decisions)
            itemLabel = "mötet som helhet"
        }
        let notes = assignmentNotes(index, of: meeting, from: page)
        return DecisionEntry(
            text: decision.text, kindLabel: decision.kind.label,
            dateText: SwedishDateFormatter.medium(meeting.date), isoDate: meeting.date.description,
            bodyName: bodyName(meeting), bodyHref: SiteURL.relative(from: page, to: SiteURL.body(meeting.body.value)),
            meetingTitle: title(of: meeting), meetingHref: SiteURL.relative(from: page, to: meeting.url),
            itemLabel: itemLabel, itemHref: SiteURL.relative(from: page, to: target),
            anchor: PageAnchors.decisionAnchor(index), assignment: notes.0, answers: notes.1,
            approvesTitle: approvedMeeting(decision).map(dated),
            approvesHref: approvedMeeting(decision).map { SiteURL.relative(from: page, to: $0.url) })
    }

    /// The first paragraph of a rendered text, for summaries on other pages. Its links are dropped
    /// (their text kept): they were written relative to the text's own page.
    func firstParagraph(_ html: String?) -> String {
        guard let html, let start = html.range(of: "<p>"), let end = html.range(of: "</p>", range: start.upperBound..<html.endIndex) else {
            return ""
        }
        var paragraph = ""
        var rest = html[start.lowerBound..<end.upperBound]
        while let open = rest.range(of: "<a ") {
            paragraph += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { break }
            rest = rest[rest.index(after: close)...]
        }
        paragraph += rest
        return paragraph.replacingOccurrences(of: "</a>", with: "")
    }
}
