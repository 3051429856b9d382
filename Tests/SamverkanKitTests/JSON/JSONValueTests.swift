import Foundation
import Testing
@testable import SamverkanSite

/// The site writes its JSON itself. JSON-LD must never let content end its `<script>` element; the
/// open data keeps the exact layout it was first published with (Foundation's `JSONEncoder` with
/// sorted keys, pretty printed, slashes as they are), so a reader's diff of two builds stays quiet.
@Suite struct JSONValueTests {
    /// Texts with every kind of character the writers treat apart.
    static let texts = ["", "plain", "Göteborg – möte", "\"citat\" och \\snedstreck\\", "rad\nny rad\r\ttabb",
                        "\u{08}\u{0C}\u{01}\u{1F}\u{7F}", "</script><b>fet</b> & mer", "a\u{2028}b\u{2029}c", "/organ/sro/", "😀 e\u{301}"]

    struct Record: Encodable {
        var text: String
        var count: Int
        var flag: Bool
        var list: [String]
        var nested: [Record]
        var missing: String?
    }

    func value(_ record: Record) -> JSONValue {
        .fields([("text", .text(record.text)), ("count", .number(record.count)), ("flag", .bool(record.flag)),
                 ("list", .texts(record.list)), ("nested", .list(record.nested.map(value))),
                 ("missing", record.missing.map(JSONValue.text))])
    }

    @Test func prettyOutputIsWhatJSONEncoderWrote() throws {
        let inner = Self.texts.enumerated().map { index, text in
            Record(text: text, count: index - 3, flag: index % 2 == 0, list: Array(Self.texts.prefix(index)), nested: [], missing: nil)
        }
        let record = Record(text: "yttre", count: 42, flag: true, list: [], nested: inner, missing: "finns")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var ours: [UInt8] = []
        value(record).writePretty(to: &ours)
        let theirs = Array(try encoder.encode(record))
        #expect(String(decoding: ours, as: UTF8.self) == String(decoding: theirs, as: UTF8.self))
    }

    @Test func compactOutputCannotEndAScriptElementAndReadsBack() throws {
        for text in Self.texts {
            var out: [UInt8] = []
            JSONValue.object([("name", .text(text))]).writeCompact(to: &out)
            let written = String(decoding: out, as: UTF8.self)
            #expect(!written.contains("<") && !written.contains(">") && !written.contains("&"), "\(written)")
            #expect(!written.contains("\u{2028}") && !written.contains("\u{2029}"))
            let read = try #require(try JSONSerialization.jsonObject(with: Data(out)) as? [String: String])
            #expect(read["name"] == text)
        }
        var out: [UInt8] = []
        JSONValue.object([("a", .text("</script>")), ("b", .number(-1)), ("c", .bool(false)), ("d", .list([]))]).writeCompact(to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"{"a":"\u003c/script\u003e","b":-1,"c":false,"d":[]}"#)
    }
}
