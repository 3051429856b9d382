import Testing
@testable import SamverkanLoading
@testable import SamverkanModel
import SamverkanSearch
@testable import SamverkanSite

/// Which shard of the search index each searchable page goes to, and what the index reads of it.
@Suite struct SearchDocumentsTests {
    /// Only the page's own content, through `search-document.mustache`: no header, menu, breadcrumbs
    /// or footer, whose words would match on every page; the title and filters kept; the agenda's
    /// table of contents (the items again) marked for Pagefind to leave out; the anchors the sub-results link to kept.
    @Test func theIndexReadsAPagesOwnContentWithItsTitleAndFilters() throws {
        let indexer = FakeSearchIndexer()
        let (report, site) = Fixture.build(Fixture.fileSystem(), search: .during(indexer))
        #expect(report.exitStatus == 0)
        let path = "moten/2024/2024-10-03-sro/index.html"
        let document = try #require(indexer.documents[path])
        let page = try #require(site[path])
        #expect(document.contains("<main data-pagefind-body>"))
        #expect(document.contains(#"data-pagefind-meta="title:"#))
        #expect(document.contains(#"data-pagefind-filter="Organ:SRO""#))
        #expect(document.contains(#"<h2 id="punkt-2">2. Hälso- och sjukvårdsavtalet</h2>"#))
        for part in ["skip-link", "site-header", "Huvudmeny", "Brödsmulor", "site-footer", "application/ld+json"] {
            #expect(page.contains(part) && !document.contains(part), "\(part)")
        }
        #expect(document.contains(#"<nav class="toc" aria-labelledby="dagordning" data-pagefind-ignore>"#))
        #expect(page.contains("<header") && page.contains("data-pagefind-ignore>"))
        #expect(document.utf8.count * 4 < page.utf8.count * 3, "\(document.utf8.count) of \(page.utf8.count) bytes")
        // Without the template the index reads the whole page, as before there was one.
        var files = Fixture.fileSystem()
        files.contents["templates/search-document.mustache"] = nil
        let wholePages = FakeSearchIndexer()
        _ = Fixture.build(files, search: .during(wholePages))
        #expect(wholePages.documents[path] == page)
    }

    @Test func aMeetingGoesToItsYearsShardAndEveryOtherPageToSidor() {
        #expect(SearchDocuments.shard(of: SiteURL.outputPath(of: SiteURL.meeting(year: 2024, slug: "2024-10-03-sro"))) == "2024")
        #expect(SearchDocuments.shard(of: "moten/1999/1999-01-01-ks/index.html") == "1999")
        #expect(SearchDocuments.shard(of: "organ/sro/index.html") == "sidor")
        #expect(SearchDocuments.shard(of: "amnen/avtal/index.html") == "sidor")
        #expect(SearchDocuments.shard(of: "personer/anna/index.html") == "sidor")
        #expect(SearchDocuments.shard(of: "om/index.html") == "sidor")
        // Only a four-digit year under moten/ names a shard.
        #expect(SearchDocuments.shard(of: "moten/index.html") == "sidor")
        #expect(SearchDocuments.shard(of: "moten/arkiv/x/index.html") == "sidor")
        #expect(SearchDocuments.shard(of: "moten/２０２４/x/index.html") == "sidor")
    }
}
