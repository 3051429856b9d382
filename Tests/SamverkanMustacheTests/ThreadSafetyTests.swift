import SamverkanMustache
import Testing

@Suite("One library rendered from many threads")
struct ThreadSafetyTests {
    @Test func concurrentRendersAgree() async throws {
        var library = MustacheLibrary()
        try library.register(name: "base", source: "<main>\n{{$main}}{{/main}}\n</main>\n")
        try library.register(name: "entry", source: "<li>{{title}} ({{count}})</li>\n")
        try library.register(name: "page", source: """
        {{<base}}
        {{$main}}
          <h1>{{heading}}</h1>
          <ul>
            {{#items}}
            {{>entry}}
            {{/items}}
          </ul>
        {{/main}}
        {{/base}}
        """)
        func page(_ number: Int) -> MustacheValue {
            .object(MustacheObject([
                (MustacheSymbol("heading"), .string("Sida \(number) <&>")),
                (MustacheSymbol("items"), .list((0..<50).map { item in
                    ["title": .string("Post \(item) av \(number)"), "count": .int(item * number)]
                })),
            ]))
        }
        let expected = try (0..<8).map { try library.render("page", with: page($0)) }
        let shared = library
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    for round in 0..<100 {
                        let number = (worker + round) % 8
                        // Symbols interned concurrently must agree too.
                        _ = MustacheSymbol("tråd-\(worker)-\(round % 10)")
                        guard try shared.render("page", with: page(number)) == expected[number] else { return false }
                    }
                    return true
                }
            }
            for try await agreed in group {
                #expect(agreed)
            }
        }
    }

    @Test func symbolsInternedConcurrentlyAreTheSame() async {
        let names = (0..<200).map { "samtidig-\($0)" }
        let results = await withTaskGroup(of: [UInt32].self) { group in
            for _ in 0..<8 {
                group.addTask { names.shuffled().sorted().map { MustacheSymbol($0).id } }
            }
            var all: [[UInt32]] = []
            for await ids in group {
                all.append(ids)
            }
            return all
        }
        #expect(Set(results).count == 1)
        #expect(Set(results[0]).count == names.count)
    }
}
