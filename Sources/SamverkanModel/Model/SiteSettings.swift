/// `content/site.yml`: the site itself.
public struct SiteSettings: Sendable, Hashable {
    public var title: String
    public var description: String?
    public var language: String
    /// `https://example.org/samverkan`, without a trailing slash; nil when not configured.
    public var baseURL: String?
    public var organisation: String?
    public var footer: String?

    public init(title: String, description: String? = nil, language: String = "sv",
                baseURL: String? = nil, organisation: String? = nil, footer: String? = nil) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.organisation = organisation
        self.footer = footer
    }
}
