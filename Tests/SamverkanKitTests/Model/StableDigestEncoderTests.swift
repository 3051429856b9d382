import Testing
@testable import SamverkanModel

/// `Encodable.stableDigest`: the same in every process, and different for different values of one
/// type even where a naive stream of events would read the same.
@Suite struct StableDigestEncoderTests {
    struct Small: Encodable {
        var name: String
        var count: Int
        var flag: Bool
        var ratio: Double
        var tags: [String]
        var note: String?
    }

    struct Inner: Encodable {
        var a: String
        var b: String?
    }

    struct Outer: Encodable {
        var xs: [Inner]
        var b: String?
    }

    struct TwoOptionals: Encodable {
        var first: String?
        var second: String?
    }

    /// Keys of eight bytes and longer, told apart only past the first word of their name.
    struct LongKeys: Encodable {
        var location: String?
        var locatioN: String?
        var participantGroupsA: String?
        var participantGroupsB: String?
    }

    enum Shape: Encodable {
        case circle(Int)
        case square(Int)
        case labelled(name: String, size: Int)
        case none
    }

    /// `{a: {x: …}, b: …}` or `{a: {x: …, b: …}}`, written with `nestedContainer` as hand-written
    /// conformances may: the nested container's keys must not be taken for its parent's.
    struct Nesting: Encodable {
        var x: Int
        var bInside: Int?
        var bOutside: Int?

        enum Keys: String, CodingKey { case a, b, x }

        func encode(to encoder: any Encoder) throws {
            var outer = encoder.container(keyedBy: Keys.self)
            var inner = outer.nestedContainer(keyedBy: Keys.self, forKey: .a)
            try inner.encode(x, forKey: .x)
            try inner.encodeIfPresent(bInside, forKey: .b)
            try outer.encodeIfPresent(bOutside, forKey: .b)
        }
    }

    static let small = Small(name: "Samverkansrådet", count: 3, flag: true, ratio: 0.5, tags: ["avtal", "SRO"], note: nil)

    /// Fixed values: a digest that changed between runs or versions would make every page of the
    /// next build look changed.
    @Test func theDigestIsTheSameInEveryProcess() {
        #expect(Self.small.stableDigest.description == "feb1de627c04e24ec18f6d00b9c6c760")
        #expect("Samverkansrådet".stableDigest.description == "91f790f57e332d49d261cae85b5a0fc6")
        #expect([1, 2, 3].stableDigest.description == "31273c6d067af263b82c062ee6084561")
        #expect(Shape.labelled(name: "x", size: 2).stableDigest.description == "24cee080fcbe0e40ddc2f258a3d4527b")
    }

    @Test func equalValuesHaveEqualDigests() {
        let copy = Small(name: "Samverkans" + "rådet", count: 1 + 2, flag: true, ratio: 1.0 / 2, tags: ["avtal", "SRO"], note: nil)
        #expect(copy.stableDigest == Self.small.stableDigest)
        #expect(Outer(xs: [Inner(a: "1", b: nil)], b: "2").stableDigest == Outer(xs: [Inner(a: "1", b: nil)], b: "2").stableDigest)
    }

    @Test func everyFieldCounts() {
        var changed: [Small] = []
        for index in 0..<7 {
            var value = Self.small
            switch index {
            case 0: value.name = "Samverkansrådet "
            case 1: value.count = 4
            case 2: value.flag = false
            case 3: value.ratio = 0.25
            case 4: value.tags = ["avtal"]
            case 5: value.tags = ["SRO", "avtal"]
            default: value.note = ""
            }
            changed.append(value)
        }
        let digests = Set(([Self.small] + changed).map(\.stableDigest))
        #expect(digests.count == 8)
    }

    /// A field left out (`encodeIfPresent` of nil) in an element, and the same value one level up.
    @Test func whereAnOptionalValueIsCounts() {
        let inside = Outer(xs: [Inner(a: "1", b: "2")], b: nil)
        let outside = Outer(xs: [Inner(a: "1", b: nil)], b: "2")
        #expect(inside.stableDigest != outside.stableDigest)
        #expect(TwoOptionals(first: "x", second: nil).stableDigest != TwoOptionals(first: nil, second: "x").stableDigest)
        #expect(TwoOptionals(first: nil, second: nil).stableDigest != TwoOptionals(first: "", second: nil).stableDigest)
        #expect([String?.none].stableDigest != [String?.some("")].stableDigest)
    }

    @Test func everyByteOfAKeyCounts() {
        #expect(LongKeys(location: "x").stableDigest != LongKeys(locatioN: "x").stableDigest)
        #expect(LongKeys(participantGroupsA: "x").stableDigest != LongKeys(participantGroupsB: "x").stableDigest)
        #expect(LongKeys(location: "x").stableDigest != LongKeys(participantGroupsA: "x").stableDigest)
    }

    @Test func whereAnArrayEndsCounts() {
        #expect([["a"], ["b"]].stableDigest != [["a", "b"]].stableDigest)
        #expect([["a", "b"], []].stableDigest != [["a"], ["b"]].stableDigest)
        #expect([[String]]().stableDigest != [[String]()].stableDigest)
        #expect([Inner(a: "1", b: nil), Inner(a: "2", b: nil)].stableDigest != [Inner(a: "1", b: "2")].stableDigest)
        #expect(["ab", "c"].stableDigest != ["a", "bc"].stableDigest)
    }

    @Test func theCaseOfAnEnumCounts() {
        #expect(Shape.circle(1).stableDigest != Shape.square(1).stableDigest)
        #expect(Shape.circle(1).stableDigest != Shape.circle(2).stableDigest)
        #expect(Shape.none.stableDigest != Shape.labelled(name: "", size: 0).stableDigest)
        #expect([Shape.circle(1), .square(2)].stableDigest != [Shape.square(1), .circle(2)].stableDigest)
    }

    @Test func aNestedContainersKeysAreNotItsParents() {
        #expect(Nesting(x: 1, bInside: 2, bOutside: nil).stableDigest != Nesting(x: 1, bInside: nil, bOutside: 2).stableDigest)
    }

    @Test func numbersAreTakenByTheirBitsAndKinds() {
        #expect((0.0).stableDigest != (-0.0).stableDigest)
        #expect(Int(1).stableDigest != Int64(1).stableDigest)
        #expect(Int(1).stableDigest != "1".stableDigest)
        #expect(Int(-1).stableDigest != UInt.max.stableDigest)
        #expect(true.stableDigest != Int(1).stableDigest)
    }
}
