import Foundation
import Testing
@testable import SamverkanKit

/// The fixture meeting page, byte for byte. After an intended change to a template or the pipeline,
/// run `UPDATE_GOLDEN=1 swift test` and review the diff of `Fixtures/golden/`.
@Suite struct GoldenPageTests {
    @Test func meetingPageMatchesTheGoldenFile() throws {
        let (_, site) = Fixture.build(Fixture.fileSystem())
        let page = try #require(site["moten/2024/2024-10-03-sro/index.html"])
        let golden = Fixture.fixturesFolder.appendingPathComponent("golden/meeting.html")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try page.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(page == expected)
    }
}
