import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// A build that reuses an earlier one (`serve`) must give exactly the site a clean build gives,
/// while rendering and writing only what changed.
@Suite struct IncrementalBuildTests {
    /// A small, seeded random generator, so a failing sequence can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Builds one after another: with `serve`'s cache in memory, or (`onDiskAt`) as the command line
    /// does, without a cache, into a folder on disk where each build records its pages for the next.
    final class Incremental {
        let cache: BuildCache?
        let writer: any SiteWriter
        let output: String

        init() {
            cache = BuildCache()
            writer = InMemorySiteWriter()
            output = "site"
        }

        init(onDiskAt folder: String) {
            cache = nil
            writer = DiskSiteWriter()
            output = folder
        }

        func build(_ files: InMemoryFileSystem, today: CalendarDate = Fixture.today) -> BuildReport {
            SiteBuilder(fileSystem: files, writer: writer, cache: cache).build(BuildOptions(outputDirectory: output, today: today))
        }

        /// The site's files, without samverkan's own notes (`.samverkan*`, never published).
        var site: [String: [UInt8]] {
            if let memory = writer as? InMemorySiteWriter { return memory.site(at: output) ?? [:] }
            return IncrementalBuildTests.siteFiles(in: output)
        }
    }

    /// The files of the site in `folder` on disk, without samverkan's own notes (`.samverkan*`).
    static func siteFiles(in folder: String) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for (path, entry) in FolderSnapshot.of(folder)?.entries ?? [:] where !path.hasPrefix(".samverkan") {
            if case let .file(bytes) = entry { files[path] = bytes }
        }
        return files
    }

    /// A fresh folder for a site on disk; removed by the caller.
    static func temporaryFolder() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samverkan-recorded-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/site"
    }

    func clean(_ files: InMemoryFileSystem, today: CalendarDate = Fixture.today) -> (BuildReport, [String: [UInt8]]) {
        let writer = InMemorySiteWriter()
        let report = SiteBuilder(fileSystem: files, writer: writer).build(BuildOptions(today: today))
        return (report, writer.site(at: "site") ?? [:])
    }

    /// The paths whose bytes differ between two sites, so a failure names pages rather than dumping bytes.
    func differences(_ lhs: [String: [UInt8]], _ rhs: [String: [UInt8]]) -> [String] {
        Set(lhs.keys).union(rhs.keys).filter { lhs[$0] != rhs[$0] }.sorted()
    }

    func text(_ files: InMemoryFileSystem, _ path: String) -> String {
        String(decoding: files.contents[path] ?? [], as: UTF8.self)
    }

    @Test func nothingChangedMeansNothingRenderedAndNothingWritten() {
        let files = Fixture.realSite()
        let incremental = Incremental()
        let first = incremental.build(files)
        #expect(first.succeeded)
        #expect(first.pagesRendered == first.pageCount)
        let second = incremental.build(files)
        #expect(second.pagesRendered == 0)
        #expect(second.published.written == [])
        #expect(second.published.removed == [])
        #expect(second.pagesUnchanged == second.pageCount)
    }

    @Test func editingOneMeetingRewritesOnlyThePagesThatShowIt() throws {
        var files = Fixture.realSite()
        let incremental = Incremental()
        _ = incremental.build(files)
        let path = "content/meetings/2024/2024-10-03-sro.md"
        files.write(text(files, path) + "\nEtt tillägg i slutet av anteckningarna.\n", to: path)
        let report = incremental.build(files)
        #expect(report.published.written == ["moten/2024/2024-10-03-sro/index.html"])
        #expect(report.pagesRendered == 1)
        // A new place changes the pages that list the meeting with its place too.
        let before = text(files, path)
        let place = try #require(before.split(separator: "\n").first { $0.hasPrefix("location:") })
        files.write(before.replacingOccurrences(of: String(place), with: "location: Regionens hus, Vänersborg"), to: path)
        let moved = incremental.build(files)
        #expect(moved.published.written.contains("moten/2024/2024-10-03-sro/index.html"))
        // The body page and the topic pages list the meeting with its place; the timeline does not.
        #expect(moved.published.written.contains("organ/sro/index.html"))
        #expect(moved.published.written.contains("amnen/millennium/index.html"))
        #expect(!moved.published.written.contains("tidslinje/index.html"))
        #expect(moved.published.written.count < moved.pageCount / 2)
        #expect(differences(incremental.site, clean(files).1) == [])
    }

    /// A meeting page reused without making its data (`Page.reuseKey`) must still change with
    /// everything it shows from elsewhere: its body, its topics, its neighbours and the free pages.
    @Test func meetingPagesFollowTheirBodyTopicsNeighboursAndTheFreePages() {
        var files = Fixture.realSite()
        let incremental = Incremental()
        _ = incremental.build(files)
        let edits: [(String, (String) -> String)] = [
            ("content/bodies/sro.md", { $0.replacingOccurrences(of: "\nshort: SRO", with: "\nshort: SRO-X") }),
            ("content/topics/millennium.md", { $0.replacingOccurrences(of: "title: ", with: "title: Nytt namn på ") }),
            ("content/meetings/2024/2024-10-03-sro.md", { $0.replacingOccurrences(of: "title: Mötesanteckning SRO", with: "title: Ett nytt namn") }),
            ("content/pages/om.md", { $0.replacingOccurrences(of: "title: ", with: "title: Mer ") }),
            // What other meetings say about this one: an approval of its minutes, a link to one of its items.
            ("content/meetings/2024/2024-12-04-politisk-referensgrupp.md", {
                $0.replacingOccurrences(of: "    text: Föregående mötesanteckningar godkändes.\n",
                                        with: "    text: Föregående mötesanteckningar godkändes.\n    approves: 2024-10-03-sro\n") }),
            ("content/meetings/2026/2026-01-26-gemensam-styrgrupp.md", { $0 + "\nSe [SRO:s punkt 5](/moten/2024/2024-10-03-sro/#punkt-5).\n" }),
            ("content/meetings/2024/2024-08-20-arbetsgrupp-hos-avtal.md", { $0.replacingOccurrences(of: "\n---\n", with: "\npreliminary: true\n---\n") }),
        ]
        for (path, change) in edits {
            files.write(change(text(files, path)), to: path)
            let report = incremental.build(files)
            #expect(report.succeeded)
            #expect(differences(incremental.site, clean(files).1) == [], "after editing \(path)")
        }
    }

    /// Random edits, renames, additions and deletions of content and templates; after each step the
    /// incremental site must equal a clean build's, byte for byte, and so must the diagnostics.
    @Test(arguments: [1, 2, 3]) func incrementalEqualsCleanOverRandomEdits(seed: UInt64) {
        randomEdits(seed: seed, Incremental())
    }

    /// The same for builds from the command line: each keeps the pages the last one recorded.
    @Test(arguments: [4, 5]) func recordedBuildsEqualCleanOverRandomEdits(seed: UInt64) {
        let output = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: (output as NSString).deletingLastPathComponent) }
        randomEdits(seed: seed, Incremental(onDiskAt: output))
    }

    func randomEdits(seed: UInt64, _ incremental: Incremental) {
        var random = SplitMix(state: seed)
        var files = Fixture.realSite()
        var log: [String] = []
        for step in 0..<25 {
            let meetings = files.contents.keys.filter { $0.hasPrefix("content/meetings/") }.sorted()
            let planned = meetings.filter { text(files, $0).contains("status: planned") }
            let topics = files.contents.keys.filter { $0.hasPrefix("content/topics/") }.sorted()
            let bodies = files.contents.keys.filter { $0.hasPrefix("content/bodies/") }.sorted()
            switch Int.random(in: 0..<11, using: &random) {
            case 0:  // edit the minutes' text
                let path = meetings.randomElement(using: &random)!
                files.write(text(files, path) + "\nTillägg \(step).\n", to: path)
                log.append("text \(path)")
            case 1:  // edit a front-matter field
                let path = meetings.randomElement(using: &random)!
                files.write(text(files, path).replacingOccurrences(of: "\nbody:", with: "\ntitle: Möte \(step)\nbody:"), to: path)
                log.append("title \(path)")
            case 2:  // move a planned meeting to another day: its file is renamed
                guard let path = planned.randomElement(using: &random) else { continue }
                let old = String(path.split(separator: "/").last!.prefix(10))
                let day = CalendarDate(iso: old)!
                let new = CalendarDate(year: day.year, month: day.month, day: day.day == 28 ? 27 : 28)!.description
                let newPath = path.replacingOccurrences(of: old, with: new)
                guard files.contents[newPath] == nil else { continue }
                files.write(text(files, path).replacingOccurrences(of: "date: \(old)", with: "date: \(new)"), to: newPath)
                files.contents[path] = nil
                log.append("rename \(path) → \(newPath)")
            case 3:  // delete a planned meeting
                guard let path = planned.randomElement(using: &random) else { continue }
                files.contents[path] = nil
                log.append("delete \(path)")
            case 4:  // add a planned meeting
                let year = Int.random(in: 2025...2027, using: &random), day = Int.random(in: 1...28, using: &random)
                let date = CalendarDate(year: year, month: 6, day: day)!
                files.write("---\nbody: sro\ndate: \(date)\nstatus: planned\n---\n", to: "content/meetings/\(year)/\(date)-sro.md")
                log.append("add \(date)")
            case 5:  // rename a topic
                let path = topics.randomElement(using: &random)!
                files.write(text(files, path).replacingOccurrences(of: "title: ", with: "title: Nytt \(step) "), to: path)
                log.append("topic \(path)")
            case 9:  // rename a body: every meeting page names it
                let path = bodies.randomElement(using: &random)!
                files.write(text(files, path).replacingOccurrences(of: "\nname: ", with: "\nname: Omdöpt \(step) "), to: path)
                log.append("body \(path)")
            case 10:  // retitle a free page: it is in every page's navigation or footer
                files.write(text(files, "content/pages/om.md").replacingOccurrences(of: "title: ", with: "title: Om \(step) "),
                            to: "content/pages/om.md")
                log.append("page om")
            case 6:  // change a template
                files.write(text(files, "templates/meeting.mustache") + "<!-- \(step) -->\n", to: "templates/meeting.mustache")
                log.append("template")
            case 7:  // break a meeting, so the build fails, then the next step goes on from there
                let path = meetings.randomElement(using: &random)!
                files.write(text(files, path).replacingOccurrences(of: "date: ", with: "date: x"), to: path)
                log.append("break \(path)")
            default:  // mend every broken meeting
                for path in meetings where text(files, path).contains("date: x") {
                    files.write(text(files, path).replacingOccurrences(of: "date: x", with: "date: "), to: path)
                }
                log.append("mend")
            }
            let today = CalendarDate(year: 2025, month: 1, day: 1 + step)!
            let incrementalReport = incremental.build(files, today: today)
            let (cleanReport, cleanSite) = clean(files, today: today)
            #expect(incrementalReport.diagnostics.sorted == cleanReport.diagnostics.sorted, "after \(log)")
            if cleanReport.succeeded {
                #expect(differences(incremental.site, cleanSite) == [], "after \(log)")
            }
        }
    }
}

@Suite struct BuildSummaryTests {
    @Test func everyBuildEndsWithOneLineOfWhatItDid() {
        var files = Fixture.fileSystem()
        let incremental = IncrementalBuildTests.Incremental()
        let first = incremental.build(files)
        #expect(first.summaryLine(outputDirectory: "site", seconds: 0.4123)
                == "Klart (site/): 29 sidor skrivna, 0 oförändrade, 18 andra filer skrivna, 0,41 s, inga varningar.")
        let path = "content/meetings/2024/2024-10-03-sro.md"
        files.write(String(decoding: files.contents[path]!, as: UTF8.self) + "\nTillägg.\n", to: path)
        files.write("---\ntitle: Vårdval\n---\n", to: "content/topics/vardval.md")
        let second = incremental.build(files)
        #expect(second.summaryLine(outputDirectory: "site", seconds: 1)
                == "Klart (site/): 4 sidor skrivna, 26 oförändrade, 1 annan fil skriven, 1,00 s, 1 varning.")
        #expect(second.previewLine == "Byggt: 4 sidor skrivna, 26 oförändrade.")
        // One page: the number agrees (issue 20: serve said "1 sidor skrivna").
        files.write(String(decoding: files.contents[path]!, as: UTF8.self) + "\nMer.\n", to: path)
        let third = incremental.build(files)
        #expect(third.previewLine == "Byggt: 1 sida skriven, 29 oförändrade.", "\(third.previewLine)")
        // A re-made search shard replaces its files: serve says the index is updated, not "0 sidor".
        var indexOnly = BuildReport(diagnostics: DiagnosticList(), strict: false)
        indexOnly.published = PublishResult(written: ["pagefind/2024/pagefind-entry.json"], unchanged: 30,
                                            removed: ["pagefind/2024/fragment/a.pf_fragment"])
        #expect(indexOnly.previewLine == "Sökindexet är uppdaterat.")
        indexOnly.published.removed.append("moten/2024/x/index.html")
        #expect(indexOnly.previewLine == "Byggt: 0 sidor skrivna, 0 oförändrade, 2 filer borttagna.")
        files.contents["content/topics/vardval.md"] = nil
        files.write(String(decoding: files.contents[path]!, as: UTF8.self).replacingOccurrences(of: "date: 2024-10-03", with: "date: 2024-10-0x"), to: path)
        #expect(incremental.build(files).summaryLine(outputDirectory: "site", seconds: 1) == "Bygget avbröts: ingenting skrevs till site/.")
    }
}
