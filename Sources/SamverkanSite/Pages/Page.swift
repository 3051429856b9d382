import SamverkanModel

/// A page to write: where it goes, which template renders it and the data the template gets.
public struct Page: Sendable {
    public var url: String
    public var template: String
    public var context: any TemplateValue & Sendable & Hashable
    /// Whether the search indexes the page (meetings, bodies, topics, free pages); the lists are
    /// left out, since they only repeat what the pages they list say.
    public var isSearchable: Bool

    public init(url: String, template: String, context: any TemplateValue & Sendable & Hashable, isSearchable: Bool = false) {
        self.url = url
        self.template = template
        self.context = context
        self.isSearchable = isSearchable
    }

    /// The file under the output folder: `organ/sro/index.html`.
    public var outputPath: String { SiteURL.outputPath(of: url) }
}
