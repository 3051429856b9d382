import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// One build at a time per output folder: a second one waits for the lock beside the folder.
@Suite struct DiskSiteWriterLockTests {
    /// Two sites of ~70 pages that share some paths with other bytes, and differ in others.
    static func site(_ name: String, skipping skipped: Int) -> [OutputFile] {
        (0 ..< 80).filter { $0 % 7 != skipped }.map { number in
            OutputFile(path: "moten/\(number % 10)/\(number)/index.html", text: "\(name) \(number)")
        } + [OutputFile(path: "index.html", text: "start \(name)")]
    }

    @Test func twoBuildsAtOnceBothSucceedAndLeaveExactlyOneSite() throws {
        let sites = [Self.site("A", skipping: 0), Self.site("B", skipping: 3)]
        let expected = sites.map(FolderSnapshot.site)
        for round in 0 ..< 12 {
            let scenario = try PublishScenario(.first)
            defer { scenario.remove() }
            if round % 2 == 1 { try DiskSiteWriter().publish(Self.site("C", skipping: 5), to: scenario.output) }
            let results = sites.parallelMap { site -> String? in
                do throws(OutputError) {
                    try DiskSiteWriter().publish(site, to: scenario.output)
                    return nil
                } catch {
                    return error.reason
                }
            }
            #expect(results == [nil, nil], "round \(round)")
            let after = FolderSnapshot.of(scenario.output)
            #expect(after == expected[0] || after == expected[1], "round \(round)")
            #expect(scenario.besideOutput == scenario.clean, "round \(round)")
        }
    }

    @Test func aBuildWaitsWhileTheLockIsHeldAndGivesUpWithAClearMessage() throws {
        let scenario = try PublishScenario(.replacing)
        defer { scenario.remove() }
        let lock = open(scenario.root + "/" + scenario.lockName, O_RDONLY)
        #expect(lock >= 0 && flock(lock, LOCK_EX) == 0)

        let impatient = DiskSiteWriter(operations: SystemFileOperations(), lockTimeout: .milliseconds(300))
        let error = #expect(throws: OutputError.self) {
            try impatient.publish(PublishScenario.new, to: scenario.output)
        }
        #expect(error?.reason.contains("ett annat bygge skriver just nu till") == true)
        #expect(FolderSnapshot.of(scenario.output) == scenario.oldSite)

        // Released while a build waits: the build goes ahead.
        let started = ContinuousClock.now
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.4) { close(lock) }
        try DiskSiteWriter().publish(PublishScenario.new, to: scenario.output)
        #expect(ContinuousClock.now - started >= .milliseconds(350))
        #expect(FolderSnapshot.of(scenario.output) == scenario.newSite)
        #expect(scenario.besideOutput == scenario.clean)
    }
}
