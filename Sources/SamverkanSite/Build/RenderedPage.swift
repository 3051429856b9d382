/// One page after the templates: its HTML, and for a searchable page of a build with search what
/// the search index reads of it (the page's own content in `search-document.mustache`).
struct RenderedPage: Sendable {
    var html: [UInt8]
    var searchDocument: [UInt8]?
}
