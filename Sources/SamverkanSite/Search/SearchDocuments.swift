import SamverkanModel
import SamverkanSearch

/// What the search indexes of the site's pages: which shard each searchable page goes to, and the
/// document the indexer reads for it.
public enum SearchDocuments {
    /// The shard every searchable page other than a meeting goes to.
    public static let pagesShard = "sidor"

    /// The folder the meetings' pages are in (`moten`), as `SiteURL` makes their addresses.
    static let meetingsFolder = SiteURL.outputPath(of: SiteURL.meeting(year: 2000, slug: "m")).split(separator: "/").first.map(String.init) ?? ""

    /// The shard of the page at `path` (under the output folder): a meeting by its year (its page
    /// is `moten/<yyyy>/…`), every other page `sidor`.
    public static func shard(of path: String) -> String {
        let parts = path.split(separator: "/", maxSplits: 2)
        if parts.count == 3, parts[0] == meetingsFolder, parts[1].utf8.count == 4, parts[1].utf8.allSatisfy({ (0x30 ... 0x39).contains($0) }) {
            return String(parts[1])
        }
        return pagesShard
    }

    /// What the indexer reads of a searchable page: its search document (its own content through
    /// `search-document.mustache`) where the build made one, else its whole rendered HTML.
    static func document(_ page: Page, _ rendered: RenderedPage) -> SearchDocument {
        SearchDocument(path: page.outputPath, shard: shard(of: page.outputPath), bytes: rendered.searchDocument ?? rendered.html)
    }

    /// The documents of the pages a build reported still to index (`BuildReport.searchPagesToIndex`,
    /// made by `asPages`), for the preview's background indexing.
    public static func documents(reported pages: [OutputFile]) -> [SearchDocument] {
        pages.map { SearchDocument(path: $0.path, shard: shard(of: $0.path), bytes: $0.bytes) }
    }

    /// `documents` as the build reports them still to index: each as a file with its path and bytes.
    static func asPages(_ documents: [SearchDocument]) -> [OutputFile] {
        documents.compactMap { document in document.bytes.map { OutputFile(path: document.path, bytes: $0) } }
    }
}
