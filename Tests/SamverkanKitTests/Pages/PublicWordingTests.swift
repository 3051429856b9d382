import Testing
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// What a reader of the public site must never be told: how the developers run the generator.
@Suite struct PublicWordingTests {
    static let developerWords = ["make serve", "make site", "make ", "swift build", "swift run", "samverkan build",
                                 "samverkan serve", ".build/", "localhost", "127.0.0.1"]

    @Test func noPageTellsReadersToRunACommand() {
        let (report, site) = Fixture.build(Fixture.fileSystem())
        #expect(report.exitStatus == 0)
        let pages = site.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 20)
        for (path, html) in pages {
            for word in Self.developerWords {
                #expect(!html.contains(word), "\(path) says \(word)")
            }
        }
    }
}
