import SamverkanMustache
import Testing

@Suite("Values: objects, symbols, literals and JSON")
struct ValueTests {
    enum Keys {
        static let title = MustacheSymbol("title")
        static let items = MustacheSymbol("items")
    }

    @Test func sameTextSameSymbol() {
        #expect(MustacheSymbol("title") == Keys.title)
        #expect(MustacheSymbol("title").name == "title")
        #expect(MustacheSymbol("Title") != Keys.title)
        #expect(MustacheSymbols.shared.existingSymbol(for: "title") == Keys.title)
    }

    @Test func objectFromPairs() {
        let object = MustacheObject([(Keys.title, .string("T")), (Keys.items, .list([1, 2]))])
        #expect(object.count == 2)
        #expect(object[Keys.title] == .string("T"))
        #expect(object["items"] == .list([1, 2]))
        #expect(object[MustacheSymbol("nothing")] == nil)
        #expect(object.names == ["title", "items"])
    }

    @Test func objectBuiltFieldByField() {
        var object = MustacheObject(capacity: 2)
        object.append(Keys.title, "a")
        object.append(Keys.title, "b")
        #expect(object[Keys.title] == "a")
        object.set(Keys.title, "c")
        object.set(Keys.items, [])
        #expect(object[Keys.title] == "c")
        #expect(object.count == 3)
        #expect(object.index(of: Keys.items) == 2)
    }

    @Test func objectFromSharedSymbols() {
        let symbols = [Keys.title, Keys.items]
        #expect(MustacheObject(symbols: symbols, values: ["x", nil]).values == ["x", nil])
        #expect(MustacheObject(symbols: symbols, values: ["x"]).symbols == [Keys.title])
    }

    @Test func objectFromADictionaryIsSortedByName() {
        let object = MustacheObject(["b": 1, "a": 2, "c": 3])
        #expect(object.names == ["a", "b", "c"])
    }

    @Test func truthiness() {
        #expect(MustacheValue.null.isFalsey)
        #expect(MustacheValue.bool(false).isFalsey)
        #expect(MustacheValue.list([]).isFalsey)
        #expect(!MustacheValue.bool(true).isFalsey)
        #expect(!MustacheValue.int(0).isFalsey)
        #expect(!MustacheValue.string("").isFalsey)
        #expect(!MustacheValue.object(MustacheObject()).isFalsey)
        #expect(MustacheValue.optional(nil) == .null)
        #expect(MustacheValue.optional("x") == .string("x"))
    }

    @Test func jsonValues() throws {
        let value = try MustacheValue(json: #"{"s": "a\"b\\\/\n\t\u00e5\ud83d\ude00", "i": -12, "d": 1.25, "e": 1e2, "t": true, "f": false, "n": null, "l": [1, [2, {}]], "o": {"k": "v", "k": "w"}}"#)
        let expected: MustacheValue = ["s": "a\"b\\/\n\tå😀", "i": -12, "d": 1.25, "e": 100.0, "t": true, "f": false, "n": nil, "l": [1, [2, [:]]], "o": ["k": "w"]]
        #expect(value == expected)
        #expect(try MustacheValue(json: " [ ] ") == [])
        #expect(try MustacheValue(json: "\"x\"") == "x")
    }

    @Test func jsonErrors() {
        #expect(throws: MustacheError(templateName: "fil.json", line: 2, column: 8, message: "JSON-texten kan inte läsas: oväntat tecken",
                                      hint: "kontrollera JSON-syntaxen vid platsen")) {
            try MustacheValue(json: "{\"a\": 1,\n  \"b\": tru}", sourceName: "fil.json")
        }
        #expect(throws: MustacheError.self) { try MustacheValue(json: "[1, 2") }
        #expect(throws: MustacheError.self) { try MustacheValue(json: "{\"a\" 1}") }
        #expect(throws: MustacheError.self) { try MustacheValue(json: "\"ej avslutad") }
        #expect(throws: MustacheError.self) { try MustacheValue(json: "1 2") }
        #expect(throws: MustacheError.self) { try MustacheValue(json: String(repeating: "[", count: 600)) }
    }

    @Test func specCasesFromJSON() throws {
        let json = #"{"tests": [{"name": "N", "desc": "D", "data": {"x": 1}, "template": "{{x}}{{>p}}", "partials": {"p": "!"}, "expected": "1!"}]}"#
        let cases = try MustacheSpecCase.cases(file: "f.json", json: json)
        #expect(cases.count == 1)
        #expect(cases.first?.name == "N")
        #expect(cases.first?.failure() == nil)
        let wrong = MustacheSpecCase(file: "f", name: "n", data: [:], template: "a", expected: "b")
        #expect(wrong.failure() == "a")
        #expect(throws: MustacheError.self) { try MustacheSpecCase.cases(file: "f.json", json: #"{"tests": [{"name": "x"}]}"#) }
    }
}
