import Foundation
import SamverkanMustache
import Testing

/// Every case in `Spec/*.json` (written for this engine in the Mustache spec's format) through
/// the engine: the same check as `swift run mustache-spec Tests/SamverkanMustacheTests/Spec`.
@Suite("Spec conformance")
struct SpecConformanceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Spec")
    static let modules = ["interpolation", "sections", "inverted", "partials", "comments", "delimiters", "inheritance"]

    @Test(arguments: modules)
    func module(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name + ".json")
        let text = try String(contentsOf: url, encoding: .utf8)
        let cases = try MustacheSpecCase.cases(file: name + ".json", json: text)
        #expect(cases.count >= 15)
        for specCase in cases {
            let failure = specCase.failure()
            #expect(failure == nil, "\(name).json: \(specCase.name): väntat \(specCase.expected.debugDescription), fick \(failure.debugDescription)")
        }
    }
}
