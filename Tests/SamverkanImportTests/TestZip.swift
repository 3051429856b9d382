import Foundation

/// Zip archives made in the tests: stored (uncompressed) entries, each with the unpacked size its
/// directory declares, which may be a lie: the size is what the import's check reads.
struct TestZip {
    struct Entry {
        var name: String
        var data: [UInt8]
        /// The unpacked size the archive declares; the data's own size when nil.
        var declaredSize: UInt32?
    }

    var entries: [Entry] = []

    /// A small Word document's parts (pandoc reads it as one paragraph, "Hej").
    static var wordDocument: TestZip {
        TestZip(entries: [
            Entry(name: "[Content_Types].xml", data: Array("""
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """.utf8)),
            Entry(name: "_rels/.rels", data: Array("""
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """.utf8)),
            Entry(name: "word/document.xml", data: Array("""
                <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                <w:body><w:p><w:r><w:t>Hej</w:t></w:r></w:p></w:body></w:document>
                """.utf8)),
        ])
    }

    /// The archive's bytes: local headers and data, the central directory, its end record.
    var bytes: [UInt8] {
        var bytes: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let offset = UInt32(bytes.count)
            let name = Array(entry.name.utf8)
            let crc = Self.crc32(entry.data)
            let packed = UInt32(entry.data.count), unpacked = entry.declaredSize ?? UInt32(entry.data.count)
            bytes += Self.le32(0x0403_4B50) + Self.le16(20) + Self.le16(0) + Self.le16(0) + Self.le16(0) + Self.le16(0x21)
            bytes += Self.le32(crc) + Self.le32(packed) + Self.le32(unpacked) + Self.le16(name.count) + Self.le16(0) + name + entry.data
            directory += Self.le32(0x0201_4B50) + Self.le16(20) + Self.le16(20) + Self.le16(0) + Self.le16(0) + Self.le16(0) + Self.le16(0x21)
            directory += Self.le32(crc) + Self.le32(packed) + Self.le32(unpacked) + Self.le16(name.count) + Self.le16(0) + Self.le16(0)
            directory += Self.le16(0) + Self.le16(0) + Self.le32(0) + Self.le32(offset) + name
        }
        let directoryOffset = UInt32(bytes.count)
        bytes += directory
        bytes += Self.le32(0x0605_4B50) + Self.le16(0) + Self.le16(0) + Self.le16(entries.count) + Self.le16(entries.count)
        bytes += Self.le32(UInt32(directory.count)) + Self.le32(directoryOffset) + Self.le16(0)
        return bytes
    }

    private static func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) } }

    private static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
