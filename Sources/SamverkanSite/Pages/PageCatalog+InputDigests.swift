import SamverkanModel

/// What a build remembers beside the site, so the next one can skip making and rendering a page
/// whose inputs did not change: digests that are the same in every process (`StableDigest`), of the
/// same inputs `serve` keeps its pages by (`meetingPageInputs`, `siteWideInputs`).
extension PageCatalog {
    /// The digest of everything a meeting's page is made from besides the site-wide inputs.
    func meetingPageDigest(_ meeting: Meeting) -> StableDigest {
        meetingPageInputs(meeting).stableDigest
    }

    /// Every meeting page's `meetingPageDigest`, by the meeting's URL: each meeting digested once
    /// (a page's inputs hold its neighbours too), then the pages, on every core.
    func meetingPageDigests() -> [String: StableDigest] {
        let meetings = content.meetings
        let own = meetings.parallelMap(\.stableDigest)
        var known: [ObjectIdentifier: StableDigest] = [:]
        known.reserveCapacity(meetings.count)
        for (meeting, digest) in zip(meetings, own) { known[ObjectIdentifier(meeting)] = digest }
        let pages = meetings.parallelMap { [known] in meetingPageInputs($0).stableDigest(meetingDigests: known) }
        var digests: [String: StableDigest] = [:]
        digests.reserveCapacity(meetings.count)
        for (meeting, digest) in zip(meetings, pages) { digests[meeting.url] = digest }
        return digests
    }

    /// The digest of what every page may depend on: the settings, the free pages, today and
    /// whether the site has search. When it changes, no remembered page digest can be trusted.
    var siteWideDigest: StableDigest {
        siteWideInputValues.stableDigest
    }
}
