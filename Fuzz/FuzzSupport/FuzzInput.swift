import SamverkanLoading
import SamverkanMarkdown
import SamverkanModel
import SamverkanSite
import SamverkanTestDoubles


/// The bytes libFuzzer hands a target, read the way the content loader reads a file.
public struct FuzzInput {
    public var bytes: [UInt8]

    public init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    }

    /// The text if the bytes are UTF-8, as `ContentLoader` requires; nil otherwise.
    public var validatedText: String? {
        String(validating: bytes, as: UTF8.self)
    }

    /// The text with invalid sequences replaced, so every input reaches stages after loading.
    public var repairedText: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Number of lines in `text` as a file: a final line without a newline counts.
    public static func lineCount(_ text: String) -> Int {
        text.utf8.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    /// Lines as an editor (and cmark, and the loader) counts them: `\n`, `\r` and `\r\n` each end one.
    public static func editorLineCount(_ text: String) -> Int {
        var count = 1
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\r") || (byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r")) {
                count += 1
            }
            previous = byte
        }
        return count
    }
}
