import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// A build killed at any point (SIGKILL, a CI timeout) leaves the old site or the new one, never a
/// mix, and the next build finishes the job and leaves nothing behind.
@Suite struct DiskSiteWriterCrashTests {
    @Test(arguments: PublishScenario.Kind.allCases)
    func aBuildKilledAtAnyOperationLeavesTheOldSiteOrTheNewOne(kind: PublishScenario.Kind) throws {
        let count = try PublishScenario.operations(kind).count
        #expect(count > 15)
        for index in 0 ... count {
            let scenario = try PublishScenario(kind)
            defer { scenario.remove() }
            let killed = FaultyFileOperations(.killed(at: index), exchangeError: kind.exchangeError)
            _ = try? DiskSiteWriter(operations: killed).publish(PublishScenario.new, to: scenario.output)

            let afterKill = FolderSnapshot.of(scenario.output)
            // Only the two-rename fallback has a moment without an output folder; the next build puts it back.
            if !(kind == .replacingWithTwoRenames && afterKill == nil) {
                #expect(afterKill == scenario.oldSite || afterKill == scenario.newSite, "killed at operation \(index) of \(count)")
            }
            try DiskSiteWriter().recover(scenario.output)
            let recovered = FolderSnapshot.of(scenario.output)
            #expect(recovered == scenario.oldSite || recovered == scenario.newSite, "killed at operation \(index), recovered")
            #expect(scenario.debris == [], "killed at operation \(index), recovered")

            try DiskSiteWriter().publish(PublishScenario.new, to: scenario.output)
            #expect(FolderSnapshot.of(scenario.output) == scenario.newSite, "killed at operation \(index), built again")
            #expect(scenario.besideOutput == scenario.clean, "killed at operation \(index), built again")
        }
    }
}
