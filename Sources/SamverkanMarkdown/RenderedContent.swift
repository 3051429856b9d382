import SamverkanModel

/// Every Markdown text of the content, rendered for the page it appears on.
public struct RenderedContent: Sendable {
    /// By meeting file name (`2024-10-03-sro`).
    public var meetings: [String: RenderedMarkdown]
    /// By body id.
    public var bodies: [String: RenderedMarkdown]
    /// By topic id.
    public var topics: [String: RenderedMarkdown]
    /// By page slug.
    public var pages: [String: RenderedMarkdown]

    /// Stage 4 of the pipeline: renders all texts in parallel. Links to other content are written
    /// relative to the page the text appears on; whether they resolve is checked afterwards.
    public static func render(_ content: SiteContent, cache: MarkdownCache? = nil) -> RenderedContent {
        typealias Job = MarkdownJob
        var jobs: [Job] = []
        for meeting in content.meetings {
            jobs.append(Job(owner: .meeting, key: meeting.slug, source: meeting.text, pageURL: meeting.url,
                            reserved: PageAnchors.meetingReserved(decisionCount: meeting.decisions.count)))
        }
        for body in content.bodies {
            jobs.append(Job(owner: .body, key: body.id, source: body.description, pageURL: body.url,
                            reserved: PageAnchors.bodyReserved))
        }
        for topic in content.topics {
            jobs.append(Job(owner: .topic, key: topic.id, source: topic.description, pageURL: topic.url,
                            reserved: PageAnchors.topicReserved))
        }
        for page in content.pages {
            jobs.append(Job(owner: .page, key: page.slug, source: page.text, pageURL: page.url,
                            reserved: PageAnchors.layoutReserved))
        }
        let rendered = jobs.parallelMap { job in
            cache?.value(for: job, make: Self.render) ?? Self.render(job)
        }
        var result = RenderedContent(meetings: [:], bodies: [:], topics: [:], pages: [:])
        for (job, markdown) in zip(jobs, rendered) {
            switch job.owner {
            case .meeting: result.meetings[job.key] = markdown
            case .body: result.bodies[job.key] = markdown
            case .topic: result.topics[job.key] = markdown
            case .page: result.pages[job.key] = markdown
            }
        }
        return result
    }

    /// One meeting's text, as `render` renders it.
    public static func render(_ meeting: Meeting) -> RenderedMarkdown {
        render(MarkdownJob(owner: .meeting, key: meeting.slug, source: meeting.text, pageURL: meeting.url,
                           reserved: PageAnchors.meetingReserved(decisionCount: meeting.decisions.count)))
    }

    private static func render(_ job: MarkdownJob) -> RenderedMarkdown {
        MarkdownRenderer.render(job.source, reservedAnchors: job.reserved) { link in
            guard case let .site(path, anchor) = link.target else { return link.destination }
            return SiteURL.relative(from: job.pageURL, to: path + (anchor.map { "#" + $0 } ?? ""))
        }
    }
}
