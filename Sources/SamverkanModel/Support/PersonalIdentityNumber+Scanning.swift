extension PersonalIdentityNumber {
    /// Every number in `text`, front to back.
    public static func find(in text: String) -> [PersonalIdentityNumber] {
        var text = text
        return text.withUTF8 { find(in: $0) }
    }

    /// Every number in `bytes`, front to back.
    public static func find(in bytes: [UInt8]) -> [PersonalIdentityNumber] {
        bytes.withUnsafeBufferPointer { find(in: $0) }
    }

    /// Every number in UTF-8 `bytes`, front to back, in one pass: each run of ASCII digits is looked
    /// at once where it starts (and once more as the second part of a number that failed), so the
    /// time is linear in the bytes. A number is written as
    ///
    /// - `YYMMDD-NNNN`, `YYMMDD+NNNN` (someone over a hundred years old) or `YYMMDDNNNN`, or
    /// - `YYYYMMDD-NNNN` or `YYYYMMDDNNNN` (a year 1800–2099),
    ///
    /// where `-` may also be a dash Word puts in (U+2010–U+2013, U+2212). It counts only when
    /// - no letter or digit stands right before or after it (`2024-10-03`, `031-123 45 67`,
    ///   `2019-2024` and a longer run of digits are never one),
    /// - the month is 01–12 and the day exists in it, or exists plus 60 (a samordningsnummer);
    ///   an organisationsnummer has a month of 20 or more and so is never one,
    /// - the last digit is the Luhn check digit of the first nine of the ten-digit form.
    public static func find(in bytes: UnsafeBufferPointer<UInt8>) -> [PersonalIdentityNumber] {
        var found: [PersonalIdentityNumber] = []
        let count = bytes.count
        var index = 0
        while index < count {
            guard bytes[index] &- 0x30 < 10 else {
                index += 1
                continue
            }
            let start = index
            var end = index + 1
            while end < count, bytes[end] &- 0x30 < 10 { end += 1 }
            if !isWordCharacter(before: start, in: bytes), let number = number(in: bytes, start: start, firstRunEnd: end) {
                found.append(number)
                index = number.range.upperBound
            } else {
                index = end
            }
        }
        return found
    }

    /// The number that starts at `start`, whose first run of digits ends at `firstRunEnd`.
    private static func number(in bytes: UnsafeBufferPointer<UInt8>, start: Int, firstRunEnd: Int) -> PersonalIdentityNumber? {
        let firstLength = firstRunEnd - start
        var digits: [UInt8] = []
        let end: Int
        switch firstLength {
        case 10, 12:
            end = firstRunEnd
            digits = Array(bytes[start..<firstRunEnd])
        case 6, 8:
            guard let separatorLength = separator(at: firstRunEnd, in: bytes, allowsPlus: firstLength == 6) else { return nil }
            let secondStart = firstRunEnd + separatorLength
            var secondEnd = secondStart
            while secondEnd < bytes.count, bytes[secondEnd] &- 0x30 < 10 { secondEnd += 1 }
            guard secondEnd - secondStart == 4 else { return nil }
            end = secondEnd
            digits = Array(bytes[start..<firstRunEnd]) + Array(bytes[secondStart..<secondEnd])
        default:
            return nil
        }
        guard !isWordCharacter(at: end, in: bytes), let kind = kind(of: digits.map { $0 - 0x30 }) else { return nil }
        return PersonalIdentityNumber(kind: kind, range: start..<end)
    }

    /// The kind of number the ten or twelve digit values make, or nil when the date or check digit is wrong.
    static func kind(of digits: [UInt8]) -> Kind? {
        let tenDigits: ArraySlice<UInt8>
        let isLeapYear: Bool
        if digits.count == 12 {
            let century = Int(digits[0]) * 10 + Int(digits[1])
            guard (18...20).contains(century) else { return nil }
            let year = century * 100 + Int(digits[2]) * 10 + Int(digits[3])
            isLeapYear = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            tenDigits = digits[2...]
        } else {
            guard digits.count == 10 else { return nil }
            // The century is not written: a year divisible by four may be a leap year (2000 was).
            isLeapYear = (Int(digits[0]) * 10 + Int(digits[1])) % 4 == 0
            tenDigits = digits[...]
        }
        let ten = Array(tenDigits)
        let month = Int(ten[2]) * 10 + Int(ten[3])
        var day = Int(ten[4]) * 10 + Int(ten[5])
        guard (1...12).contains(month) else { return nil }
        let kind: Kind = day > 60 ? .coordination : .personal
        if kind == .coordination { day -= 60 }
        guard day >= 1, day <= daysIn(month: month, leapYear: isLeapYear) else { return nil }
        guard luhnCheckDigit(of: ten[0..<9]) == ten[9] else { return nil }
        return kind
    }

    /// The Luhn check digit of digit values: every other digit from the first doubled, the digits
    /// of the products summed, and what makes the sum a multiple of ten.
    static func luhnCheckDigit(of digits: ArraySlice<UInt8>) -> UInt8 {
        var sum = 0
        for (offset, digit) in digits.enumerated() {
            let value = offset % 2 == 0 ? Int(digit) * 2 : Int(digit)
            sum += value > 9 ? value - 9 : value
        }
        return UInt8((10 - sum % 10) % 10)
    }

    private static func daysIn(month: Int, leapYear: Bool) -> Int {
        switch month {
        case 2: leapYear ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The length of the separator at `index` (`-`, `+` when allowed, or a dash as Word writes it), or nil.
    private static func separator(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, allowsPlus: Bool) -> Int? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "-"): return 1
        case UInt8(ascii: "+"): return allowsPlus ? 1 : nil
        case 0xE2 where index + 2 < bytes.count:
            // U+2010 hyphen … U+2013 en dash (E2 80 90–93), U+2212 minus (E2 88 92).
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80, (0x90...0x93).contains(third) { return 3 }
            if second == 0x88, third == 0x92 { return 3 }
            return nil
        default: return nil
        }
    }

    /// Whether the character that ends right before `index` is a letter or a digit.
    private static func isWordCharacter(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0 else { return false }
        var start = index - 1
        while start > 0, index - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordCharacter(at: start, in: bytes)
    }

    /// Whether the character that starts at `index` is a letter or a digit (in any script).
    private static func isWordCharacter(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        if byte < 0x80 {
            return (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        guard let scalar = scalar(at: index, in: bytes) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .decimalNumber
    }

    /// The Unicode scalar whose UTF-8 starts at `index`, or nil when the bytes there are not one.
    private static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[index..<min(bytes.count, index + 4)].makeIterator()
        guard case let .valid(encoded) = parser.parseScalar(from: &iterator) else { return nil }
        return Unicode.UTF8.decode(encoded)
    }
}
