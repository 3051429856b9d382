import Testing
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// "Redigera sidan": with `edit_url` in site.yml, every page made from one content file links that
/// file in the repository's web editor; other pages, and sites without `edit_url`, have no link.
@Suite struct EditLinkTests {
    static func site(editURL: String?) -> (BuildReport, [String: String]) {
        var files = Fixture.fileSystem()
        if let editURL {
            let settings = String(decoding: files.contents["content/site.yml"] ?? [], as: UTF8.self)
            files.write(settings + "edit_url: \(editURL)\n", to: "content/site.yml")
        }
        return Fixture.build(files)
    }

    static let edited = site(editURL: "https://git.example.se/samverkan/edit/main/content").1

    func link(_ path: String) -> String {
        #"<p class="edit-link" data-pagefind-ignore><a href="https://git.example.se/samverkan/edit/main/content/\#(path)">Redigera sidan</a></p>"#
    }

    @Test func pagesFromOneFileLinkItsSourceInTheEditor() throws {
        let pages = [
            ("moten/2024/2024-10-03-sro/index.html", "meetings/2024/2024-10-03-sro.md"),
            ("organ/sro/index.html", "bodies/sro.md"),
            ("amnen/avtal/index.html", "topics/avtal.md"),
            ("om/index.html", "pages/om.md"),
        ]
        for (page, source) in pages {
            #expect(try #require(Self.edited[page]).contains(link(source)), "\(page) does not link \(source)")
        }
    }

    @Test func listsAndSitesWithoutAnEditorHaveNoLink() throws {
        for page in ["index.html", "tidslinje/index.html", "uppdrag/index.html", "404.html"] {
            #expect(!(try #require(Self.edited[page])).contains("Redigera sidan"), "\(page)")
        }
        #expect(!(try #require(Self.site(editURL: nil).1["moten/2024/2024-10-03-sro/index.html"])).contains("Redigera sidan"))
    }

    @Test func anEditURLThatIsNoWebAddressIsAnError() {
        var files = Fixture.fileSystem()
        let settings = String(decoding: files.contents["content/site.yml"] ?? [], as: UTF8.self)
        files.write(settings + "edit_url: git@example.se:samverkan\n", to: "content/site.yml")
        let (report, lines) = Fixture.check(files)
        #expect(report.exitStatus == 1)
        #expect(lines.count == 1 && lines[0].hasPrefix("content/site.yml:")
                && lines[0].hasSuffix("error: edit_url 'git@example.se:samverkan' ska vara en https://-adress utan mellanslag — adressen till innehållsmappen i förrådets webbredigerare, t.ex. https://github.com/organisation/samverkan/edit/main/content/"), "\(lines)")
    }
}
