import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// What a build remembers of a meeting page (`PageCatalog.meetingPageDigest`) and of the whole site
/// (`siteWideDigest`): the same for the same content loaded anew, and different after an edit of
/// anything the page shows.
@Suite struct PageInputDigestTests {
    static let meeting = "2024-10-03-sro"

    func catalog(_ files: InMemoryFileSystem) throws -> PageCatalog {
        let (loaded, _) = ContentLoader(fileSystem: files).load(contentDirectory: "content")
        let content = try #require(loaded)
        return PageCatalog(content: content, rendered: RenderedContent.render(content), today: Fixture.today)
    }

    func edited(_ path: String, _ change: (String) -> String) -> InMemoryFileSystem {
        var files = Fixture.fileSystem()
        let text = String(decoding: files.contents["content/" + path] ?? [], as: UTF8.self)
        let changed = change(text)
        #expect(changed != text, "the edit of \(path) changes nothing")
        files.write(changed, to: "content/" + path)
        return files
    }

    func digests(_ catalog: PageCatalog) -> [String: StableDigest] {
        Dictionary(uniqueKeysWithValues: catalog.content.meetings.map { ($0.slug, catalog.meetingPageDigest($0)) })
    }

    @Test func theSameContentLoadedAgainHasTheSameDigests() throws {
        let first = try catalog(Fixture.fileSystem()), second = try catalog(Fixture.fileSystem())
        #expect(digests(first) == digests(second))
        #expect(first.siteWideDigest == second.siteWideDigest)
        // Different meetings have different inputs.
        #expect(Set(digests(first).values).count == first.content.meetings.count)
    }

    /// The digest is of the same inputs `serve` reuses a page by: equal inputs, equal digests.
    @Test func theDigestIsOfTheInputsTheReuseKeyIsMadeOf() throws {
        let catalog = try catalog(Fixture.fileSystem())
        for meeting in catalog.content.meetings {
            #expect(catalog.meetingPageDigest(meeting) == catalog.meetingPageInputs(meeting).stableDigest)
        }
    }

    /// A build digests every meeting page at once, each meeting once: the same digests, one by one.
    @Test func allPagesAtOnceHaveTheDigestsOfEachPageAlone() throws {
        let catalog = try catalog(Fixture.fileSystem())
        let all = catalog.meetingPageDigests()
        #expect(all.count == catalog.content.meetings.count)
        for meeting in catalog.content.meetings {
            #expect(all[meeting.url] == catalog.meetingPageDigest(meeting), "\(meeting.slug)")
        }
    }

    @Test(arguments: [
        ("meetings/2024/2024-10-03-sro.md", "title: Mötesanteckning SRO\n", "title: Mötesanteckning SRO i oktober\n"),
        ("meetings/2024/2024-10-03-sro.md", "## 2. Hälso- och sjukvårdsavtalet", "## 2. Hälso- och sjukvårdsavtalet 2025"),
        ("meetings/2024/2024-10-03-sro.md", "name: Marina Johansson", "name: Marina Johanson"),
        ("meetings/2024/2024-10-03-sro.md", "text: SRO noterar informationen.", "text: SRO noterar informationen med tack."),
        ("bodies/sro.md", "name: Politiskt samrådsorgan", "name: Politiskt samrådsorganet"),
        ("meetings/2025/2025-01-30-sro.md", "date: 2025-01-30\n", "date: 2025-01-30\ntitle: Nästa SRO-möte\n"),
    ])
    func anEditOfWhatThePageShowsChangesItsDigest(path: String, old: String, new: String) throws {
        let before = try catalog(Fixture.fileSystem())
        let after = try catalog(edited(path) { $0.replacingOccurrences(of: old, with: new) })
        let meetingBefore = try #require(before.content.meetingsBySlug[Self.meeting])
        let meetingAfter = try #require(after.content.meetingsBySlug[Self.meeting])
        #expect(before.meetingPageDigest(meetingBefore) != after.meetingPageDigest(meetingAfter))
        #expect(before.siteWideDigest == after.siteWideDigest)
        // Every meeting's digest changed exactly when its inputs did.
        for meeting in before.content.meetings {
            let other = try #require(after.content.meetingsBySlug[meeting.slug])
            let sameInputs = before.meetingPageInputs(meeting) == after.meetingPageInputs(other)
            #expect(sameInputs == (before.meetingPageDigest(meeting) == after.meetingPageDigest(other)), "\(meeting.slug)")
        }
    }

    /// The steering group's meeting links to SRO's, but the page shows neither its time nor its place.
    @Test func anEditOfAnotherMeetingThatThePageDoesNotShowKeepsItsDigest() throws {
        let before = try catalog(Fixture.fileSystem())
        let after = try catalog(edited("meetings/2024/2024-10-20-styrgrupp.md") {
            $0.replacingOccurrences(of: #"start: "09:00""#, with: #"start: "09:30""#)
        })
        let meetingBefore = try #require(before.content.meetingsBySlug[Self.meeting])
        let meetingAfter = try #require(after.content.meetingsBySlug[Self.meeting])
        #expect(before.meetingPageDigest(meetingBefore) == after.meetingPageDigest(meetingAfter))
        let styrgruppBefore = try #require(before.content.meetingsBySlug["2024-10-20-styrgrupp"])
        let styrgruppAfter = try #require(after.content.meetingsBySlug["2024-10-20-styrgrupp"])
        #expect(before.meetingPageDigest(styrgruppBefore) != after.meetingPageDigest(styrgruppAfter))
    }

    @Test func theSiteWideDigestFollowsTheSettingsTheFreePagesAndToday() throws {
        let files = Fixture.fileSystem()
        let base = try catalog(files).siteWideDigest
        let retitled = try catalog(edited("site.yml") { $0.replacingOccurrences(of: "title: Testsamverkan", with: "title: Samverkan") })
        #expect(retitled.siteWideDigest != base)
        let page = try catalog(edited("pages/om.md") { $0 + "\nEn mening till.\n" })
        #expect(page.siteWideDigest != base)
        let (loaded, _) = ContentLoader(fileSystem: files).load(contentDirectory: "content")
        let content = try #require(loaded)
        let tomorrow = PageCatalog(content: content, rendered: RenderedContent.render(content),
                                   today: CalendarDate(year: 2024, month: 11, day: 2)!)
        #expect(tomorrow.siteWideDigest != base)
        let noSearch = PageCatalog(content: content, rendered: RenderedContent.render(content), today: Fixture.today, offersSearch: false)
        #expect(noSearch.siteWideDigest != base)
    }
}
