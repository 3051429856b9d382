import Testing
@testable import SamverkanModel

/// The detector of personal identity numbers: what it finds, what it leaves, and where.
@Suite struct PersonalIdentityNumberTests {
    /// The kinds found in `text`, in order.
    func kinds(_ text: String) -> [PersonalIdentityNumber.Kind] {
        PersonalIdentityNumber.find(in: text).map(\.kind)
    }

    /// The text each number found in `text` covers.
    func found(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return PersonalIdentityNumber.find(in: text).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    /// An independent Luhn check over the ten-digit form, so the test numbers are checked by
    /// something other than the code under test.
    static func luhnIsValid(_ tenDigits: String) -> Bool {
        let digits = tenDigits.compactMap(\.wholeNumberValue)
        guard digits.count == 10 else { return false }
        let sum = digits.enumerated().reduce(0) { sum, pair in
            let product = pair.element * (pair.offset.isMultiple(of: 2) ? 2 : 1)
            return sum + product / 10 + product % 10
        }
        return sum % 10 == 0
    }

    static let validTenDigitForms = [
        "1212121212",  // Skatteverket's test number 19121212-1212
        "8112189876", "6408233234", "5001011237", "9908073332", "0412314569",
        "0002291235",  // 29 February 2000
        "7010632391",  // a samordningsnummer: 10 October 1970, day 3 + 60
        "8312910121",  // a samordningsnummer: 31 December, day 31 + 60
        "2321000131",  // an organisationsnummer: its check digit is right too, only its month (21) is not a month
        "0701234569",  // a mobile number written as ten digits: a real date and a right check digit
    ]

    @Test func theTestNumbersHaveRightCheckDigits() {
        for number in Self.validTenDigitForms {
            #expect(Self.luhnIsValid(number), "\(number)")
            #expect(PersonalIdentityNumber.luhnCheckDigit(of: ArraySlice(number.utf8.prefix(9).map { $0 - 48 })) == number.utf8.last.map { $0 - 48 })
        }
        #expect(!Self.luhnIsValid("1212121213"))
    }

    @Test(arguments: [
        ("Patienten (19121212-1212) har fått vård.", "19121212-1212"),
        ("Patienten (121212-1212) har fått vård.", "121212-1212"),
        ("pnr 1212121212.", "1212121212"),
        ("pnr 191212121212.", "191212121212"),
        ("född 121212+1212, över hundra år", "121212+1212"),
        ("811218-9876", "811218-9876"),
        ("19811218-9876", "19811218-9876"),
        ("nr:640823-3234;", "640823-3234"),
        ("000229-1235 är en skottdag", "000229-1235"),
        ("20000229-1235 är en skottdag", "20000229-1235"),
        ("**121212-1212**", "121212-1212"),
        ("\"121212-1212\"", "121212-1212"),
        ("121212\u{2013}1212 med tankstreck från Word", "121212\u{2013}1212"),
        ("121212\u{2011}1212 med hårt bindestreck", "121212\u{2011}1212"),
        ("–121212-1212–", "121212-1212"),
        ("ärende 2024-121212-1212", "121212-1212"),
    ])
    func personalNumbersAreFound(text: String, number: String) {
        #expect(found(text) == [number])
        #expect(kinds(text) == [.personal])
    }

    @Test func coordinationNumbersAreFound() {
        #expect(found("samordningsnummer 701063-2391") == ["701063-2391"])
        #expect(kinds("701063-2391") == [.coordination])
        #expect(kinds("19701063-2391") == [.coordination])
        #expect(kinds("831291-0121") == [.coordination])
    }

    /// A known false alarm: a mobile number written as ten digits without spaces can have a real
    /// date and a right check digit. Written as numbers are written in Sweden, it is not one.
    @Test func aMobileNumberWrittenAsTenDigitsCanLookLikeOne() {
        #expect(found("ring 0701234569") == ["0701234569"])
        #expect(found("ring 070-123 45 69 eller 070-1234569") == [])
    }

    @Test func everyNumberOfATextIsFoundInOrder() {
        let text = "A 121212-1212, B 701063-2391 och C 811218-9876.\nD 6408233234"
        #expect(found(text) == ["121212-1212", "701063-2391", "811218-9876", "6408233234"])
        #expect(kinds(text) == [.personal, .coordination, .personal, .personal])
    }

    @Test(arguments: [
        "121212-1213",  // wrong check digit
        "19121212-1213",
        "1212121213",
        "232100-0131",  // an organisationsnummer (Västra Götalandsregionen): month 21
        "556036-0793",  // an organisationsnummer of a company: month 60
        "556012-5790",  // organisationsnummer whose check digit is right and whose day (or day + 60) exists:
        "556074-3089",  // only the month (60, 20) tells them from a personnummer or samordningsnummer
        "802015-7981",
        "990229-1237",  // 29 February of a year not divisible by four
        "19000229-1235",  // 1900 was no leap year
        "780230-1239",  // 30 February
        "850100-1237",  // day 0
        "850132-1239",  // 32 January
        "991301-2341",  // month 13
        "830991-0126",  // a samordningsnummer of 31 September
        "17121212-1212",  // a century no one living was born in
        "21121212-1212",
        "2024-10-03",  // a date
        "2024-10-03 kl. 13.00",
        "031-123 45 67",  // phone numbers
        "070-123 45 69",
        "0701234567",  // a mobile number whose check digit is wrong
        "2019-2024",  // a range of years
        "201901-2024",
        "12121212121",  // eleven digits
        "1212121212121",  // thirteen
        "0121212-1212",  // seven digits before the dash
        "121212-12120",  // five after it
        "121212 1212",  // a space is no separator
        "121212.1212",
        "19121212+1212",  // + only after the two-digit year
        "a121212-1212",  // letters right before or after
        "121212-1212b",
        "Ö121212-1212",
        "121212-1212å",
        "x1212121212",
        "SE1212121212",
        "",
        "12",
    ])
    func notANumber(text: String) {
        #expect(PersonalIdentityNumber.find(in: text).isEmpty, "\(text)")
    }

    @Test func theTimeIsLinearForRunsOfDigits() {
        let digits = String(repeating: "1212121212-", count: 100_000)
        // Each run ends in a dash and a run of ten digits follows: all found, none twice.
        #expect(PersonalIdentityNumber.find(in: digits).count == 100_000)
        #expect(PersonalIdentityNumber.find(in: String(repeating: "1", count: 1_000_000)).isEmpty)
        #expect(PersonalIdentityNumber.find(in: String(repeating: "121212-", count: 100_000)).isEmpty)
    }

    @Test func invalidUTF8AroundANumberDoesNotStopTheSearch() {
        #expect(PersonalIdentityNumber.find(in: [0xFF, 0x20] + Array("121212-1212".utf8) + [0xC3]).count == 1)
        #expect(PersonalIdentityNumber.find(in: [0xC3, 0xA5] + Array("121212-1212".utf8)).isEmpty)  // å right before
    }

    @Test func positionsAreLinesAndColumnsOfScalars() {
        let text = "---\ntitle: Åsa 121212-1212\n---\r\nx\rÄ 701063-2391"
        let bytes = Array(text.utf8)
        let numbers = PersonalIdentityNumber.find(in: bytes)
        let positions = bytes.withUnsafeBufferPointer { TextPosition.positions(of: numbers.map(\.range.lowerBound), in: $0) }
        #expect(positions == [TextPosition(line: 2, column: 12), TextPosition(line: 5, column: 3)])
    }

    @Test func theMessagesNameTheKindAndNeverTheNumber() {
        #expect(PersonalIdentityNumber.message(.personal) == "här står ett personnummer; det får inte publiceras")
        #expect(PersonalIdentityNumber.message(.coordination, count: 2, page: 3) == "sida 3: här står 2 samordningsnummer; de får inte publiceras")
        #expect(PersonalIdentityNumber.replacement(for: .personal) == "[personnummer borttaget]")
        let diagnostics = PersonalIdentityNumber.diagnostics(in: "a\nb 19121212-1212", path: "x.md")
        #expect(diagnostics.map(\.description) == [
            "x.md:2:3: error: här står ett personnummer; det får inte publiceras — ta bort det eller skriv [personnummer borttaget]",
        ])
    }
}
