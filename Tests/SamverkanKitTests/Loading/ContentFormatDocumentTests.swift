import Foundation
import Testing
@testable import SamverkanLoading

/// docs/content-format.md names every field the loader accepts, in backticks: a field added to a
/// decoder's list of known fields and not documented fails here, by name and place.
@Suite struct ContentFormatDocumentTests {
    static let document = Fixture.repositoryFolder.appendingPathComponent("docs/content-format.md")

    @Test func everyFieldTheLoaderAcceptsIsDocumented() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        var missing: [String] = []
        for (place, fields) in ContentFields.byPlace {
            for field in fields where !text.contains("`\(field)`") {
                missing.append("\(field) (\(place))")
            }
        }
        #expect(missing == [], "docs/content-format.md does not name these fields in backticks: \(missing.joined(separator: ", "))")
    }

    /// Every `static let known…` list the loader declares is in `ContentFields.byPlace`, so the test
    /// above sees a new one too.
    @Test func everyListOfKnownFieldsIsInContentFields() throws {
        let folder = Fixture.repositoryFolder.appendingPathComponent("Sources/SamverkanLoading")
        let registry = try String(contentsOf: folder.appendingPathComponent("ContentFields.swift"), encoding: .utf8)
        var declared: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".swift") {
            var type: String?
            for line in try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n") {
                if line.hasPrefix("extension ") { type = line.dropFirst("extension ".count).split(separator: " ").first.map(String.init) }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("static let known"), let type else { continue }
                let list = trimmed.dropFirst("static let ".count).prefix { $0.isLetter }
                declared.append("\(type).\(list)")
            }
        }
        #expect(declared.count == ContentFields.byPlace.count)
        #expect(declared.filter { !registry.contains($0) } == [])
        #expect(ContentFields.byPlace.flatMap(\.fields).count == 71)
    }
}
