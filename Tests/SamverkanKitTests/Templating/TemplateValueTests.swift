import Foundation
import Testing
@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanMustache
import SamverkanTestDoubles

/// The data templates get is built field by field (`Contexts/TemplateValues.swift`); it must be
/// exactly what reflecting over the context structs gives, so that a field added to a struct and not
/// to its conversion (run scripts/generate-template-values.py) fails here, by name.
@Suite struct TemplateValueTests {
    /// Where two values differ, as a path (`layout.nav[2].href`); nil when they are the same.
    static func difference(_ built: Any, _ reflected: Any, at path: String) -> String? {
        switch (built, reflected) {
        case let (built as [String: Any], reflected as [String: Any]):
            for key in Set(built.keys).union(reflected.keys).sorted() {
                guard let left = built[key] else { return "\(path).\(key): missing from templateValue" }
                // A field without a value is `false` in the built data (so a template does not look
                // for it further up the context) and absent in the reflected data.
                if reflected[key] == nil, let flag = left as? Bool, !flag { continue }
                guard let right = reflected[key] else { return "\(path).\(key): not a field of the struct" }
                if let found = difference(left, right, at: "\(path).\(key)") { return found }
            }
            return nil
        case let (built as [Any], reflected as [Any]):
            guard built.count == reflected.count else { return "\(path): \(built.count) elements, not \(reflected.count)" }
            for (index, (left, right)) in zip(built, reflected).enumerated() {
                if let found = difference(left, right, at: "\(path)[\(index)]") { return found }
            }
            return nil
        default:
            let same = type(of: built) == type(of: reflected) && String(describing: built) == String(describing: reflected)
            return same ? nil : "\(path): \(built) (\(type(of: built))) is not \(reflected) (\(type(of: reflected)))"
        }
    }

    static func pages(_ files: InMemoryFileSystem) throws -> [Page] {
        let (content, _) = ContentLoader(fileSystem: files).load(contentDirectory: "content")
        let loaded = try #require(content)
        return PageCatalog(content: loaded, rendered: RenderedContent.render(loaded), today: Fixture.today).pages()
    }

    /// A rendered value as plain dictionaries, arrays and scalars, to compare with reflection.
    static func plain(_ value: MustacheValue) -> Any {
        switch value {
        case .null: return false
        case let .bool(flag): return flag
        case let .int(number): return number
        case let .double(number): return number
        case let .string(text): return text
        case let .list(items): return items.map(plain)
        case let .object(object):
            var dictionary: [String: Any] = [:]
            for (symbol, field) in zip(object.symbols, object.values) { dictionary[symbol.name] = plain(field) }
            return dictionary
        }
    }

    @Test(arguments: ["fixture", "real site"])
    func everyPagesDataIsWhatReflectionGives(_ site: String) throws {
        let pages = try Self.pages(site == "fixture" ? Fixture.fileSystem() : Fixture.realSite())
        #expect(pages.count > 10)
        for page in pages {
            let found = Self.difference(Self.plain(page.context.templateValue), ReflectedTemplateData.convert(page.context), at: page.url)
            #expect(found == nil, "\(found ?? "")")
        }
    }

    @Test func aFieldLeftOutOfTheConversionIsNamed() {
        struct Partial: TemplateValue {
            var title: String
            var href: String?
            var templateValue: MustacheValue { .object(MustacheObject(["title": .string(title)])) }
            static var templateShape: TemplateShape { .object([("title", .scalar)]) }
        }
        let value = Partial(title: "Möte", href: "a.html")
        #expect(Self.difference(Self.plain(value.templateValue), ReflectedTemplateData.convert(value), at: "/moten/")
                == "/moten/.href: missing from templateValue")
    }
}
