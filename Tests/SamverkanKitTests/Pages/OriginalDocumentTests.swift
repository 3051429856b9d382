import Testing
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// Minutes brought in from a document keep it as their original (`original:`): the page links it,
/// and minutes read from a scan say that the original prevails.
@Suite struct OriginalDocumentTests {
    static let meetingPath = "content/meetings/2024/2024-10-03-sro.md"
    static let page = "moten/2024/2024-10-03-sro/index.html"

    func files(original: String, withFile: Bool = true) -> InMemoryFileSystem {
        var files = Fixture.fileSystem()
        let text = String(decoding: files.contents[Self.meetingPath] ?? [], as: UTF8.self)
        files.write(text.replacingOccurrences(of: "secretary: Rebecca Bretvold\n", with: "secretary: Rebecca Bretvold\n" + original),
                    to: Self.meetingPath)
        if withFile { files.write("%PDF-1.4 inskannad", to: "content/files/2024/2024-10-03-sro.pdf") }
        return files
    }

    @Test func aScannedOriginalIsLinkedAndPrevails() throws {
        let (report, site) = Fixture.build(files(original: "original:\n  href: files/2024/2024-10-03-sro.pdf\n  method: ocr\n"))
        #expect(report.exitStatus == 0)
        let page = try #require(site[Self.page])
        #expect(page.contains(#"<dt>Originalhandling</dt>"# + "\n" + #"        <dd><a href="../../../files/2024/2024-10-03-sro.pdf">2024-10-03-sro.pdf</a> (PDF)</dd>"#))
        #expect(page.contains(#"<div class="notice notice--scan">"# + "\n" + #"      <p>Texten på den här sidan är läst ur en inskannad handling med automatisk textigenkänning och kan innehålla fel. Vid skillnader gäller <a href="../../../files/2024/2024-10-03-sro.pdf">originalhandlingen</a>.</p>"#))
        #expect(site["files/2024/2024-10-03-sro.pdf"] == "%PDF-1.4 inskannad", "the original is published beside the page")
    }

    @Test func anOriginalReadAsTextIsLinkedWithoutTheScanNotice() throws {
        let (report, site) = Fixture.build(files(original: "original:\n  href: files/2024/2024-10-03-sro.pdf\n  method: text\n"))
        #expect(report.exitStatus == 0)
        let page = try #require(site[Self.page])
        #expect(page.contains(#"<a href="../../../files/2024/2024-10-03-sro.pdf">2024-10-03-sro.pdf</a> (PDF)"#))
        #expect(!page.contains("notice--scan"))
    }

    @Test func aMissingOriginalIsAnErrorAtItsHref() {
        let (report, lines) = Fixture.check(files(original: "original:\n  href: files/2024/saknas.pdf\n  method: ocr\n", withFile: false))
        #expect(report.exitStatus == 1)
        #expect(lines.contains { $0.hasSuffix("error: originalhandlingen 'files/2024/saknas.pdf' finns inte — lägg dokumentet i content/files/2024/saknas.pdf eller rätta namnet") }, "\(lines)")
    }

    @Test func anOriginalOutsideTheFilesFolderIsAnError() {
        let (report, lines) = Fixture.check(files(original: "original:\n  href: https://example.se/x.pdf\n  method: text\n", withFile: false))
        #expect(report.exitStatus == 1)
        #expect(lines.contains { $0.contains("error: originalhandlingen 'https://example.se/x.pdf' ska vara en fil under files/") }, "\(lines)")
    }
}
