/// One case of a Mustache spec file (`{"tests": [{"name", "desc", "data", "template",
/// "partials", "expected"}]}`), as the `mustache-spec` runner and the tests read them.
public struct MustacheSpecCase: Sendable {
    /// The file the case is in.
    public var file: String
    public var name: String
    public var description: String
    public var data: MustacheValue
    public var template: String
    /// Partials (and parents) by name.
    public var partials: [String: String]
    public var expected: String

    /// A case with every field given.
    public init(file: String, name: String, description: String = "", data: MustacheValue, template: String,
                partials: [String: String] = [:], expected: String) {
        self.file = file
        self.name = name
        self.description = description
        self.data = data
        self.template = template
        self.partials = partials
        self.expected = expected
    }

    /// Every case in a spec file's JSON text.
    public static func cases(file: String, json: String) throws(MustacheError) -> [MustacheSpecCase] {
        let root = try MustacheValue(json: json, sourceName: file)
        guard let tests = root.objectValue?["tests"]?.listValue else {
            throw .badSpecCase(file, "listan \"tests\" saknas")
        }
        var cases: [MustacheSpecCase] = []
        for (number, test) in tests.enumerated() {
            guard let object = test.objectValue else {
                throw .badSpecCase(file, "testfall \(number + 1) är inget objekt")
            }
            func text(_ field: String) throws(MustacheError) -> String {
                guard let value = object[field]?.stringValue else {
                    throw .badSpecCase(file, "testfall \(number + 1) saknar texten \"\(field)\"")
                }
                return value
            }
            var partials: [String: String] = [:]
            if let partialObject = object["partials"]?.objectValue {
                for (symbol, value) in zip(partialObject.symbols, partialObject.values) {
                    guard let source = value.stringValue else {
                        throw .badSpecCase(file, "testfall \(number + 1): partialen \"\(symbol.name)\" är ingen text")
                    }
                    partials[symbol.name] = source
                }
            }
            cases.append(MustacheSpecCase(
                file: file, name: try text("name"), description: object["desc"]?.stringValue ?? "",
                data: object["data"] ?? .null, template: try text("template"), partials: partials,
                expected: try text("expected")))
        }
        return cases
    }

    /// The name the case's own template is registered under (no spec partial is called this).
    public static let templateName = "(testfallets mall)"

    /// Renders the template with the data and partials: the output, or the first error.
    public func render() -> Result<String, MustacheError> {
        do throws(MustacheError) {
            var library = MustacheLibrary()
            for name in partials.keys.sorted() {
                try library.register(name: name, source: partials[name] ?? "")
            }
            try library.register(name: Self.templateName, source: template)
            return .success(try library.renderString(Self.templateName, with: data))
        } catch {
            return .failure(error)
        }
    }

    /// The output when it is not the expected one (or the error as text); nil when the case passes.
    public func failure() -> String? {
        switch render() {
        case .success(let output):
            output == expected ? nil : output
        case .failure(let error):
            "fel: \(error)"
        }
    }
}
