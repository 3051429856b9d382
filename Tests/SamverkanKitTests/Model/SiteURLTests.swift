import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

@Suite struct SiteURLTests {
    @Test func relativeLinksNameIndexFilesSoTheSiteWorksFromDisk() {
        #expect(SiteURL.relative(from: "/", to: "/organ/sro/") == "organ/sro/index.html")
        #expect(SiteURL.relative(from: "/moten/2024/2024-10-03-sro/", to: "/organ/sro/") == "../../../organ/sro/index.html")
        #expect(SiteURL.relative(from: "/organ/sro/", to: "/") == "../../index.html")
        #expect(SiteURL.relative(from: "/moten/2024/a/", to: "/moten/2024/b/#punkt-3") == "../b/index.html#punkt-3")
        #expect(SiteURL.relative(from: "/moten/2024/a/", to: "/files/x.pdf") == "../../../files/x.pdf")
        #expect(SiteURL.relative(from: "/organ/", to: "/organ/") == "index.html")
    }

    @Test func pagesAreWrittenAsIndexFiles() {
        #expect(SiteURL.outputPath(of: "/") == "index.html")
        #expect(SiteURL.outputPath(of: "/moten/2024/2024-10-03-sro/") == "moten/2024/2024-10-03-sro/index.html")
        #expect(SiteURL.rootPrefix(from: "/organ/sro/") == "../../")
    }

    @Test func linkTargetsFollowTheContract() {
        #expect(LinkTarget("meetings/2024/2024-10-03-sro.md#punkt-5") == .site(path: "/moten/2024/2024-10-03-sro/", anchor: "punkt-5"))
        #expect(LinkTarget("bodies/sro.md") == .site(path: "/organ/sro/", anchor: nil))
        #expect(LinkTarget("topics/avtal.md") == .site(path: "/amnen/avtal/", anchor: nil))
        #expect(LinkTarget("pages/om.md") == .site(path: "/om/", anchor: nil))
        #expect(LinkTarget("files/a b.pdf") == .site(path: "/files/a b.pdf", anchor: nil))
        #expect(LinkTarget("/organ/sro") == .site(path: "/organ/sro/", anchor: nil))
        #expect(LinkTarget("https://www.vardsamverkan.se") == .external)
        #expect(LinkTarget("javascript:alert(1)") == .unsafe(scheme: "javascript"))
        #expect(LinkTarget("../secret.md") == .invalid(reason: "sökvägen lämnar innehållsmappen"))
        #expect(LinkTarget("#punkt-2") == .sameDocument(anchor: "punkt-2"))
    }
}
