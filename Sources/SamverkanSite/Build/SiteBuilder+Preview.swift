import SamverkanLoading
import SamverkanMarkdown
import SamverkanModel

extension SiteBuilder {
    /// For `serve`: after an edit of one meeting file (`relativePath` under the content folder), that
    /// meeting's page at once, before the whole site is built again. Only the file is read, decoded
    /// and rendered; the rest comes from the last build in this process (`cache`), and the page is
    /// put in place in the published site. Returns the page's URL, or `nil` with nothing written
    /// when there is no earlier build, the file has any problem (the full build that follows reports
    /// it), or it is not a meeting the last build published.
    public func previewEditedMeeting(at relativePath: String, _ options: BuildOptions) -> String? {
        guard relativePath.hasPrefix("meetings/"), relativePath.hasSuffix(".md"),
              let (catalog, templates) = cache?.lastPublished else { return nil }
        let loader = ContentLoader(fileSystem: fileSystem, parser: parser)
        let (decoded, problems) = loader.meeting(at: relativePath, contentDirectory: options.contentDirectory)
        guard let meeting = decoded, problems.isEmpty, meeting.relativePath == relativePath else { return nil }
        let text = RenderedContent.render(meeting)
        guard let preview = catalog.previewing(meeting, text: text) else { return nil }
        let page = preview.meetingPageOnly(meeting)
        guard case let .success(html) = templates.render(page, context: page.context) else { return nil }
        do {
            try writer.replace(OutputFile(path: page.outputPath, bytes: html), in: options.outputDirectory)
        } catch {
            return nil
        }
        return page.url
    }
}
