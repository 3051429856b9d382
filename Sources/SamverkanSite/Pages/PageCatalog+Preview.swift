import SamverkanMarkdown
import SamverkanModel

extension PageCatalog {
    /// This catalogue with one meeting (by its file name) and its text replaced: enough to make that
    /// meeting's own page for `serve`'s preview. The lists, neighbours and registers stay as they
    /// were until the whole site is built again.
    func previewing(_ meeting: Meeting, text: RenderedMarkdown) -> PageCatalog? {
        guard let index = content.meetings.firstIndex(where: { $0.slug == meeting.slug }) else { return nil }
        var catalog = self
        catalog.content.meetings[index] = meeting
        catalog.rendered.meetings[meeting.slug] = text
        return catalog
    }

    /// The page of one meeting, as `pages()` makes it.
    func meetingPageOnly(_ meeting: Meeting) -> Page {
        Page(url: meeting.url, template: "meeting", context: meetingPage(meeting), isSearchable: true, source: meeting.relativePath)
    }
}
