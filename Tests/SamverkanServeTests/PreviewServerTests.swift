import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import SamverkanServe
import SamverkanModel
import SamverkanSite

/// A real server on a free loopback port, real HTTP requests, real files changing under it.
@Suite(.serialized) struct PreviewServerTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let meeting = "content/meetings/2024/2024-10-03-sro.md"

    /// The fixture site and the real templates, copied into a fresh folder.
    static func workspace() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("samverkan-serve-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.repository.appendingPathComponent("Tests/SamverkanKitTests/Fixtures/content").path,
                                         toPath: root + "/content")
        try FileManager.default.copyItem(atPath: Self.repository.appendingPathComponent("templates").path, toPath: root + "/templates")
        return root
    }

    func get(_ port: UInt16, _ path: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Asks until `condition` holds for the page, for up to ten seconds.
    func eventually(_ port: UInt16, _ path: String, _ condition: (Int, String) -> Bool) async throws -> Bool {
        for _ in 0..<100 {
            let (code, body) = try await get(port, path)
            if condition(code, body) { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try change(text).write(toFile: path, atomically: true, encoding: .utf8)
    }

    func withServer(limits: ServerLimits = ServerLimits(), _ body: (String, UInt16) async throws -> Void) async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let session = PreviewSession(options: BuildOptions(contentDirectory: root + "/content", templatesDirectory: root + "/templates",
                                                           outputDirectory: root + "/site", today: CalendarDate(year: 2024, month: 11, day: 1)!))
        session.build()
        let server = try PreviewServer(session: session, host: "127.0.0.1", port: 0, limits: limits)
        let task = Task { try await server.run() }
        defer { task.cancel() }
        try await server.waitUntilListening()
        let port = try #require(await server.port())
        session.watch(every: .milliseconds(50))
        defer { session.stopWatching() }
        try await body(root, port)
        await server.stop()
    }

    @Test func servesTheSiteWithTheLiveReloadScript() async throws {
        try await withServer { _, port in
            let (code, page) = try await get(port, "/moten/2024/2024-10-03-sro/")
            #expect(code == 200)
            #expect(page.contains("Mötesanteckning SRO"))
            #expect(page.contains("<script src=\"/_samverkan/live.js\" defer></script>\n</body>"))
            let (scriptCode, script) = try await get(port, "/_samverkan/live.js")
            #expect(scriptCode == 200)
            #expect(script.contains("location.reload()"))
            let (_, css) = try await get(port, "/assets/style.css")
            #expect(!css.contains("live.js"))
        }
    }

    @Test func aChangedContentFileIsServedWithoutRestarting() async throws {
        try await withServer { root, port in
            let (_, before) = try await get(port, "/_samverkan/status")
            try edit(root + "/" + Self.meeting) { $0.replacingOccurrences(of: "title: Mötesanteckning SRO", with: "title: Nytt namn på mötet") }
            #expect(try await eventually(port, "/moten/2024/2024-10-03-sro/") { $1.contains("Nytt namn på mötet") })
            // The new page is on disk a moment before the build's status moves: ask until it does.
            #expect(try await eventually(port, "/_samverkan/status") { $1 != before }, "the generation did not move, so open pages would not reload")
        }
    }

    @Test func aBrokenFileShowsItsErrorAndKeepsTheLastGoodSite() async throws {
        try await withServer { root, port in
            try edit(root + "/" + Self.meeting) { $0.replacingOccurrences(of: "date: 2024-10-03", with: "date: 2024-10-0x") }
            #expect(try await eventually(port, "/_samverkan/status") { $1.contains("\"ok\":false") })
            let (_, status) = try await get(port, "/_samverkan/status")
            #expect(status.contains("2024-10-03-sro.md:3:7: error: ogiltigt datum '2024-10-0x'"))
            let (code, page) = try await get(port, "/moten/2024/2024-10-03-sro/")
            #expect(code == 200)
            #expect(page.contains("Mötesanteckning SRO"))
            try edit(root + "/" + Self.meeting) { $0.replacingOccurrences(of: "date: 2024-10-0x", with: "date: 2024-10-03") }
            #expect(try await eventually(port, "/_samverkan/status") { $1.contains("\"ok\":true") })
        }
    }

    @Test func nothingOutsideTheSiteIsEverServed() async throws {
        try await withServer { root, port in
            try "hemligt".write(toFile: root + "/hemlig.txt", atomically: true, encoding: .utf8)
            for path in ["/../hemlig.txt", "/%2e%2e/hemlig.txt", "/..%2fhemlig.txt", "/.samverkan", "/assets/../../hemlig.txt"] {
                // URLSession would tidy the dots away; a raw request sends them as written.
                let (code, body) = try rawGet(port, path)
                #expect(code == 404 || code == 400, "\(path) gave \(code)")
                #expect(!body.contains("hemligt"), "\(path) leaked a file")
            }
        }
    }

    /// One request over a plain socket, with the path exactly as given.
    func rawGet(_ port: UInt16, _ path: String) throws -> (Int, String) {
        let client = try #require(RawHTTPClient(port: port))
        client.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        let response = client.readResponse()
        return (response?.status ?? 0, response?.body ?? "")
    }
}
