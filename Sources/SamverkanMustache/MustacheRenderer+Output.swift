/// Writing to the buffer: text with indentation, values, HTML escaping over bytes.
extension MustacheRenderer {
    /// True when the output is at the start of a line.
    var isAtLineStart: Bool {
        output.count == 0 || output.last == UInt8(ascii: "\n")
    }

    /// Literal text of `template`, with the indentation at each line start.
    mutating func appendText(_ template: MustacheTemplate, _ start: Int, _ end: Int,
                             _ lineStartsStart: Int, _ lineStartsEnd: Int) {
        template.program.text.withUnsafeBufferPointer { text in
            if indentation.isEmpty || lineStartsStart == lineStartsEnd {
                output.append(UnsafeBufferPointer(rebasing: text[start..<end]))
                return
            }
            var done = start
            for lineStart in template.program.lineStarts[lineStartsStart..<lineStartsEnd] {
                let offset = Int(lineStart)
                if offset > done {
                    output.append(UnsafeBufferPointer(rebasing: text[done..<offset]))
                    done = offset
                }
                // A block placed inside a line keeps the line's text before it: no indentation there.
                if isAtLineStart {
                    output.append(indentation)
                }
            }
            if done < end {
                output.append(UnsafeBufferPointer(rebasing: text[done..<end]))
            }
        }
    }

    /// `{{name}}`: a one-part name is written from where it is found, without copying the value.
    mutating func appendVariable(_ name: MustacheName, escaped: Bool, _ template: MustacheTemplate) {
        guard !name.isImplicit && name.restEnd == name.restStart else {
            Self.append(resolve(name, template), escaped: escaped, into: &output)
            return
        }
        let first = MustacheSymbol(id: name.first)
        var index = stack.count - 1
        while index >= 0 {
            if case .object(let object) = stack[index], let position = object.index(of: first) {
                Self.append(object.values[position], escaped: escaped, into: &output)
                return
            }
            index -= 1
        }
    }

    static func append(_ value: MustacheValue, escaped: Bool, into output: inout MustacheByteBuffer) {
        switch value {
        case .string(let text):
            appendString(text, escaped: escaped, into: &output)
        case .int(let number):
            appendDecimal(number, into: &output)
        case .double(let number):
            appendString(String(number), escaped: false, into: &output)
        case .bool(let isTrue):
            output.append(isTrue ? "true" : "false")
        case .null, .list, .object:
            break
        }
    }

    /// A string's UTF-8, escaped or not.
    static func appendString(_ text: String, escaped: Bool, into output: inout MustacheByteBuffer) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            if escaped {
                escape(bytes, into: &output)
            } else {
                output.append(bytes)
            }
        }
        if done == nil {
            // A bridged string without contiguous UTF-8.
            var copy = text
            copy.withUTF8 { bytes in
                if escaped {
                    escape(bytes, into: &output)
                } else {
                    output.append(bytes)
                }
            }
        }
    }

    /// `&`, `<`, `>`, `"` and `'` as entities; runs without them copied whole.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout MustacheByteBuffer) {
        // The five characters, as bits of a mask over the byte values below 64.
        let mask: UInt64 = 1 << 34 | 1 << 38 | 1 << 39 | 1 << 60 | 1 << 62
        var runStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 64 && (mask >> UInt64(byte)) & 1 != 0 {
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                switch byte {
                case UInt8(ascii: "&"): output.append("&amp;")
                case UInt8(ascii: "<"): output.append("&lt;")
                case UInt8(ascii: ">"): output.append("&gt;")
                case UInt8(ascii: "\""): output.append("&quot;")
                default: output.append("&#39;")
                }
                runStart = index + 1
            }
            index += 1
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }

    /// An integer in decimal, without making a string.
    static func appendDecimal(_ number: Int, into output: inout MustacheByteBuffer) {
        if number < 0 {
            output.append(UInt8(ascii: "-"))
        }
        var magnitude = number.magnitude
        if magnitude < 10 {
            output.append(UInt8(ascii: "0") + UInt8(magnitude))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var count = 0
            while magnitude > 0 {
                digits[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            output.append(UnsafeBufferPointer(rebasing: digits[(20 - count)..<20]))
        }
    }
}
