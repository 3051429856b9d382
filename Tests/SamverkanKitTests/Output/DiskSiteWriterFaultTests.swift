import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// A disk that fails (full, read-only) at any step before the switch leaves the old site as it was
/// and reports the error; one that fails after it has published the new site.
@Suite struct DiskSiteWriterFaultTests {
    static let cases: [(PublishScenario.Kind, Int32)] = PublishScenario.Kind.allCases.flatMap { kind in
        [(kind, ENOSPC), (kind, EROFS)]
    }

    @Test(arguments: cases)
    func aFailingOperationLeavesTheOldSiteAndSaysWhy(kind: PublishScenario.Kind, code: Int32) throws {
        let calls = try PublishScenario.operations(kind)
        let switchIndex = try #require(PublishScenario.switchIndex(in: calls))
        let reason = SystemCallError(code: code).description
        for call in calls {
            let scenario = try PublishScenario(kind)
            defer { scenario.remove() }
            let failing = FaultyFileOperations(.once(at: call.index, code: code), exchangeError: kind.exchangeError)
            do throws(OutputError) {
                try DiskSiteWriter(operations: failing).publish(PublishScenario.new, to: scenario.output)
                #expect(call.index > switchIndex, "\(reason) at \(call.name) \(call.paths) was not reported")
                #expect(FolderSnapshot.of(scenario.output) == scenario.newSite, "\(reason) at \(call.name) after the switch")
            } catch {
                #expect(call.index <= switchIndex, "\(reason) at \(call.name) after the switch failed the build: \(error)")
                #expect(error.reason.contains(reason), "\(error.reason)")
                #expect(!error.path.contains(".samverkan-new-"), "\(error.path): named in the hidden generation")
                #expect(FolderSnapshot.of(scenario.output) == scenario.oldSite, "\(reason) at \(call.name) \(call.paths)")
                #expect(scenario.debris == [], "\(reason) at \(call.name) \(call.paths) left debris")
            }
            try DiskSiteWriter().publish(PublishScenario.new, to: scenario.output)
            #expect(FolderSnapshot.of(scenario.output) == scenario.newSite)
            #expect(scenario.besideOutput == scenario.clean)
        }
    }
}
