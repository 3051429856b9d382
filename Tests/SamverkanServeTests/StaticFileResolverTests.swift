import Foundation
import Testing
@testable import SamverkanServe

@Suite struct StaticFileResolverTests {
    func site() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("samverkan-resolve-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/site/organ", withIntermediateDirectories: true)
        try "start".write(toFile: root + "/site/index.html", atomically: true, encoding: .utf8)
        try "organ".write(toFile: root + "/site/organ/index.html", atomically: true, encoding: .utf8)
        try "x".write(toFile: root + "/site/.samverkan", atomically: true, encoding: .utf8)
        try "hemligt".write(toFile: root + "/hemlig.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/site/lank.txt", withDestinationPath: root + "/hemlig.txt")
        return root
    }

    @Test func foldersServeTheirIndexAndNeedTheirSlash() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let resolver = StaticFileResolver(root: root + "/site")
        guard case let .file(path, type) = resolver.resolve("/organ/") else { Issue.record("no file"); return }
        #expect(path.hasSuffix("/site/organ/index.html"))
        #expect(type == "text/html; charset=utf-8")
        #expect(resolver.resolve("/organ") == .redirect(location: "/organ/"))
        guard case .file = resolver.resolve("/") else { Issue.record("no start page"); return }
    }

    @Test func refusesEverythingOutsideTheSiteAndItsHiddenFiles() throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let resolver = StaticFileResolver(root: root + "/site")
        for path in ["/../hemlig.txt", "/%2e%2e/hemlig.txt", "/organ/%2E%2E/%2E%2E/hemlig.txt", "/.samverkan", "/lank.txt",
                     "/organ/..%2F..%2Fhemlig.txt", "/index.html%00.css", "relative.html", "/saknas.html"] {
            #expect(resolver.resolve(path) == .notFound, "\(path)")
        }
    }
}
