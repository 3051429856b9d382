import SamverkanMustache

/// Test helpers: render a template string with data and partials.
enum TestRendering {
    /// The name the template under test is registered as.
    static let name = "mall"

    /// A library with the partials and the template `name`.
    static func library(_ template: String, partials: [String: String] = [:]) throws(MustacheError) -> MustacheLibrary {
        var library = MustacheLibrary()
        for (partialName, source) in partials.sorted(by: { $0.key < $1.key }) {
            try library.register(name: partialName, source: source)
        }
        try library.register(name: name, source: template)
        return library
    }

    /// `template` rendered with `data`.
    static func render(_ template: String, _ data: MustacheValue = [:], partials: [String: String] = [:]) throws(MustacheError) -> String {
        try library(template, partials: partials).renderString(name, with: data)
    }

    /// The error `template` gives when it is compiled.
    static func parseError(_ template: String) -> MustacheError? {
        do {
            _ = try MustacheTemplate(name: name, source: template)
            return nil
        } catch {
            return error
        }
    }
}
