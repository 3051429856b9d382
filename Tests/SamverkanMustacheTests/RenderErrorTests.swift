import Foundation
import SamverkanMustache
import Testing

@Suite("Render errors: unknown templates and recursion")
struct RenderErrorTests {
    private static let recursionHint = "en partial som inkluderar sig själv måste sluta någon gång, till exempel när en lista är tom"

    @Test func unknownTemplate() {
        let library = MustacheLibrary()
        #expect(throws: MustacheError(templateName: "saknas", line: 0, column: 0, message: "mallen \"saknas\" finns inte",
                                      hint: "registrera mallen innan den används")) {
            try library.render("saknas", with: [:])
        }
    }

    @Test func partialIncludingItselfForeverIsAnError() throws {
        var library = MustacheLibrary()
        try library.register(name: "loop", source: "x\n  {{>loop}}\n")
        #expect(throws: MustacheError(templateName: "loop", line: 2, column: 3,
                                      message: "partialer inkluderar varandra mer än 100 nivåer djupt vid {{>loop}}",
                                      hint: Self.recursionHint)) {
            try library.render("loop", with: [:])
        }
    }

    @Test func partialsIncludingEachOtherForeverIsAnError() throws {
        var library = MustacheLibrary()
        try library.register(name: "a", source: "{{>b}}")
        try library.register(name: "b", source: "{{#x}}{{>a}}{{/x}}")
        #expect(throws: MustacheError.self) {
            try library.render("a", with: ["x": true])
        }
    }

    @Test func parentInheritingItselfIsAnError() throws {
        var library = MustacheLibrary()
        try library.register(name: "p", source: "{{<p}}{{$b}}x{{/b}}{{/p}}")
        #expect(throws: MustacheError(templateName: "p", line: 1, column: 1,
                                      message: "partialer inkluderar varandra mer än 100 nivåer djupt vid {{<p}}",
                                      hint: Self.recursionHint)) {
            try library.render("p", with: [:])
        }
    }

    @Test func deepButFiniteRecursionRenders() throws {
        // The leaf has `child` as null: a missing field would be found further out and recurse for ever.
        var value: MustacheValue = ["name": "99", "child": nil]
        for level in stride(from: 98, through: 0, by: -1) {
            value = ["name": .string(String(level)), "child": value]
        }
        var library = MustacheLibrary()
        try library.register(name: "node", source: "{{name}}{{#child}}>{{>node}}{{/child}}")
        let output = try library.renderString("node", with: value)
        #expect(output == (0...99).map(String.init).joined(separator: ">"))
    }

    @Test func sectionsAroundARecursivePartialStopAtTheSameLimit() throws {
        // 99 sections around each inclusion: nearly 10 000 levels of nesting before the limit.
        let source = String(repeating: "{{#x}}", count: 99) + "{{>deep}}" + String(repeating: "{{/x}}", count: 99)
        var library = MustacheLibrary()
        try library.register(name: "deep", source: source)
        #expect(throws: MustacheError(templateName: "deep", line: 1, column: 595,
                                      message: "partialer inkluderar varandra mer än 100 nivåer djupt vid {{>deep}}",
                                      hint: Self.recursionHint)) {
            try library.render("deep", with: ["x": true])
        }
    }

    @Test func deepestNestingFitsASmallThreadStack() throws {
        // The renderer keeps its own stack of steps instead of recursing: the deepest nesting
        // renders on a 512 KiB stack (a secondary thread's on macOS) like on any other.
        let source = String(repeating: "{{#x}}", count: 99) + "{{>deep}}" + String(repeating: "{{/x}}", count: 99)
        var library = MustacheLibrary()
        try library.register(name: "deep", source: source)
        let shared = library
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = Result { () throws(MustacheError) in try shared.render("deep", with: ["x": true]) }
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        #expect(throws: MustacheError.self) { try box.result?.get() }
    }

    @Test func bufferIsUnchangedAfterAnError() throws {
        var library = MustacheLibrary()
        try library.register(name: "loop", source: "text {{>loop}}")
        var buffer = Array("före".utf8)
        #expect(throws: MustacheError.self) { try library.render("loop", with: [:], into: &buffer) }
        #expect(buffer == Array("före".utf8))
        try library.register(name: "ok", source: "|efter")
        try library.render("ok", with: [:], into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "före|efter")
    }
}

/// The result of a render on another thread.
private final class ResultBox: @unchecked Sendable {
    var result: Result<[UInt8], MustacheError>?
}
