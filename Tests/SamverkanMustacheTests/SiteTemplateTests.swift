import Foundation
import SamverkanMustache
import Testing

/// The site's own templates (`templates/`) compile, include only templates that exist, and render.
@Suite("The site's templates")
struct SiteTemplateTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    static func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        for file in files.sorted() where file.hasSuffix(".mustache") {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            try library.register(name: String(file.dropLast(".mustache".count)), source: source)
        }
        return library
    }

    @Test func everyTemplateCompilesAndItsPartialsExist() throws {
        let library = try Self.library()
        #expect(library.templateNames.contains("base"))
        #expect(library.templateNames.contains("partials/meeting-entry"))
        #expect(library.missingPartials() == [])
    }

    @Test func everyPageTemplateRendersWithEmptyData() throws {
        let library = try Self.library()
        for name in library.templateNames where !name.hasPrefix("partials/") && name != "base" {
            let html = try library.renderString(name, with: ["layout": ["lang": "sv", "siteTitle": "Test"]])
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"), "\(name)")
        }
    }
}
