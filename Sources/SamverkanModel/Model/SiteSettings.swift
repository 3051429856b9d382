/// `content/site.yml`: the site itself.
public struct SiteSettings: Sendable, Hashable, Encodable {
    public var title: String
    public var description: String?
    public var language: String
    /// `https://example.org/samverkan`, without a trailing slash; nil when not configured.
    public var baseURL: String?
    public var organisation: String?
    public var footer: String?
    /// The content repository's web editor, ending in `/`: `https://…/edit/main/content/`. A page's
    /// source file, relative to the content folder, is appended for its "Redigera sidan" link.
    public var editURL: String?
    /// For the open data's DCAT catalogue: who publishes it, whom to ask, and its licence (a URL).
    public var publisher: String?
    public var contactName: String?
    public var contactEmail: String?
    public var license: String?
    /// `person_pages`: a page per elected member (`/personer/<id>/`), their list, the links to them
    /// and `/data/people.json`. On unless `site.yml` says `person_pages: false`.
    public var personPages: Bool = true

    public init(title: String, description: String? = nil, language: String = "sv",
                baseURL: String? = nil, organisation: String? = nil, footer: String? = nil, editURL: String? = nil) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.organisation = organisation
        self.footer = footer
        self.editURL = editURL
    }

    /// Whether the DCAT catalogue can be written: it needs absolute addresses and its publisher,
    /// contact point and licence.
    public var hasDataCatalogue: Bool {
        baseURL != nil && publisher != nil && contactEmail != nil && license != nil
    }
}
