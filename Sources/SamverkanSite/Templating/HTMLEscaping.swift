import Mustache

/// HTML escaping for `{{name}}`, the same five characters as swift-mustache's own (`<`, `>`, `&`,
/// `"`, `'`), done over UTF-8 bytes. swift-mustache's escapes Character by Character through a
/// dictionary lookup, and that was a sixth of a build. Every template is parsed with a first line
/// `{{%CONTENT_TYPE:SAMVERKAN_HTML}}` (added in `TemplateSet.load`, not in the files) that selects it.
struct HTMLEscaping: MustacheContentType {
    static let name = "SAMVERKAN_HTML"
    /// The line put before every template; a standalone tag, so it leaves no output.
    static let pragmaLine = "{{%CONTENT_TYPE:\(name)}}\n"

    /// Registers the content type once per process, before any template is parsed.
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(where: needsEscaping) else { return String(decoding: bytes, as: UTF8.self) }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): escaped.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): escaped.append(contentsOf: "&#39;".utf8)
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
