import Testing
@testable import SamverkanModel

/// The digest a build remembers beside the site: the same in every process, different for
/// different bytes, and independent of how the bytes are held.
@Suite struct StableHasherTests {
    /// Fixed values: a digest that changed between runs or versions would make every page of the
    /// next build look changed (or, worse, an unchanged-looking page be kept wrongly).
    @Test func theDigestIsTheSameInEveryProcess() {
        #expect(StableHasher.digest(of: []).description == "813f42ddd12517463ee1f85446244da9")
        #expect(StableHasher.digest(of: Array("Samverkansrådet".utf8)).description == "767369f36df7d0c0f38f4daaab31fb8d")
    }

    @Test func everyByteAndTheLengthCount() {
        let base = Array("Protokoll från mötet den 3 oktober 2024, paragraf 7".utf8)
        var seen = Set([StableHasher.digest(of: base)])
        for index in base.indices {
            var changed = base
            changed[index] ^= 0x01
            seen.insert(StableHasher.digest(of: changed))
        }
        seen.insert(StableHasher.digest(of: base + [0]))
        seen.insert(StableHasher.digest(of: base.dropLast()))
        #expect(seen.count == base.count + 3)
    }

    @Test func piecesAreTold() {
        var ab = StableHasher(), a = StableHasher()
        ab.add("ab"); ab.add("c")
        a.add("a"); a.add("bc")
        #expect(ab.finish() != a.finish())
    }

    @Test func aStringAndItsBytesGiveOneDigest() {
        var text = StableHasher(), bytes = StableHasher()
        text.add("Vårdsamverkan")
        bytes.add(bytes: Array("Vårdsamverkan".utf8))
        #expect(text.finish() == bytes.finish())
    }

    @Test func theHexadecimalFormReadsBack() {
        let digest = StableHasher.digest(of: Array("x".utf8))
        #expect(digest.description.utf8.count == 32)
        #expect(StableDigest(hex: digest.description) == digest)
        #expect(StableDigest(hex: "xyz") == nil)
        #expect(StableDigest(hex: String(repeating: "g", count: 32)) == nil)
    }
}
