import SamverkanModel

/// One text to render and everything its HTML depends on.
public struct MarkdownJob: Sendable, Hashable {
    public enum Owner: Sendable, Hashable { case meeting, body, topic, page }
    var owner: Owner
    var key: String
    var source: MarkdownSource
    var pageURL: String
    var reserved: Set<String>
}

/// Rendered texts of one build, for the next in the same process.
public typealias MarkdownCache = ReuseCache<MarkdownJob, RenderedMarkdown>
