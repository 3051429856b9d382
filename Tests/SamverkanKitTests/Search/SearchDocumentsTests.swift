import Testing
@testable import SamverkanModel
import SamverkanSearch
@testable import SamverkanSite

/// Which shard of the search index each searchable page goes to.
@Suite struct SearchDocumentsTests {
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
