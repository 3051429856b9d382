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

    /// The byte-level `relative` gives what the definition gives: split both paths into their
    /// folders, drop the common ones, climb out of the rest of the page's, name `index.html` for a page.
    @Test func relativeLinksEqualTheirDefinitionOnManyPaths() {
        func definition(from page: String, to target: String) -> String {
            let path = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let fragment = target.dropFirst(path.count)
            if path.isEmpty { return String(fragment) }
            let from = page.split(separator: "/")
            var folders = path.split(separator: "/")
            let file = path.hasSuffix("/") ? "index.html" : folders.popLast().map(String.init) ?? "index.html"
            var common = 0
            while common < from.count, common < folders.count, from[common] == folders[common] { common += 1 }
            return String(repeating: "../", count: from.count - common)
                + folders[common...].map { $0 + "/" }.joined() + file + fragment
        }
        let segments = ["", "/", "a", "b", "moten", "2024", "å", "x.pdf", "#", "#punkt-2", "//", "index.html"]
        var generator = SystemRandomNumberGenerator()
        var checked = 0
        for _ in 0 ..< 4000 {
            let page = "/" + (0 ..< Int.random(in: 0 ... 4, using: &generator)).map { _ in ["a", "b", "moten", "2024", "å"].randomElement(using: &generator) ?? "" }.map { $0 + "/" }.joined()
            let target = (0 ..< Int.random(in: 0 ... 6, using: &generator)).map { _ in segments.randomElement(using: &generator) ?? "" }.joined()
            #expect(SiteURL.relative(from: page, to: target) == definition(from: page, to: target), "from \(page) to \(target)")
            checked += 1
        }
        #expect(checked == 4000)
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
