/// A line and a column in a text, both from 1, counted as the project's diagnostics count them
/// (`SourceText`, libyaml): a line ends at LF, CRLF or a lone CR, and a column is one Unicode scalar.
public struct TextPosition: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The positions of byte `offsets` (ascending) in UTF-8 `bytes`, in one pass up to the last of them.
    public static func positions(of offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> [TextPosition] {
        var positions: [TextPosition] = []
        positions.reserveCapacity(offsets.count)
        var line = 1
        var column = 1
        var index = 0
        for offset in offsets {
            let target = min(max(offset, index), bytes.count)
            while index < target {
                let byte = bytes[index]
                if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80, byte != 0x0D {
                    column += 1
                }
                index += 1
            }
            positions.append(TextPosition(line: line, column: column))
        }
        return positions
    }
}
