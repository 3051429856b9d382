/// The parts of a Word document, which is a zip archive, as the archive's central directory
/// declares them: read by the import before pandoc is given the file, so a document that unpacks
/// to gigabytes is refused without unpacking anything.
///
/// Only two reads: the end of the file (the end-of-central-directory record and its comment, at
/// most 64 KiB and 22 bytes), then the directory itself, whose size is bounded before it is read.
/// Sizes in a zip are declarations: the unpacked data may be larger than declared, which is why
/// pandoc is also run with bounded memory and output (`PandocConverter`).
struct ZipDirectory: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var name: String
        /// The unpacked size the directory declares.
        var unpackedBytes: Int
    }

    var entries: [Entry]

    var unpackedBytes: Int { entries.reduce(0) { $0 + $1.unpackedBytes } }

    /// The XML parts (`.xml`, `.rels`: the text, its formatting, notes and relations), unpacked: what
    /// pandoc parses, at many times its size. Known by name only; the memory limit on pandoc holds
    /// for a document that names its XML otherwise.
    var unpackedXMLBytes: Int {
        entries.reduce(0) { total, entry in
            let name = entry.name.lowercased()
            return name.hasSuffix(".xml") || name.hasSuffix(".rels") ? total + entry.unpackedBytes : total
        }
    }

    private static let endRecordSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let entrySignature: UInt32 = 0x0201_4B50
    private static let endRecordBytes = 22
    private static let entryBytes = 46
    /// The largest directory read: far above what 10 000 parts with ordinary names take.
    static let maximumDirectoryBytes = 8 << 20

    /// Reads the directory of `file`. More than `maximumParts` entries are refused before the
    /// directory is read; a file that is no zip archive, a ZIP64 or split archive (pandoc reads
    /// neither) or a directory that does not hold together is `.unreadable`.
    static func read(_ file: WordFile, maximumParts: Int) throws(ImportFailure) -> ZipDirectory {
        let tailCount = min(file.size, endRecordBytes + 65_535)
        guard let tail = file.bytes(at: file.size - tailCount, count: tailCount) else { throw .unreadable("filen kunde inte läsas") }
        let end = try endRecord(in: tail, fileSize: file.size)
        guard end.count <= maximumParts else { throw .tooManyParts(count: end.count, limit: maximumParts) }
        guard end.directoryBytes <= maximumDirectoryBytes else {
            throw .unreadable("zip-arkivets innehållsförteckning är större än \(maximumDirectoryBytes >> 20) MB")
        }
        guard let directory = file.bytes(at: end.directoryOffset, count: end.directoryBytes) else { throw broken }
        return try entries(in: directory, count: end.count)
    }

    private static let broken = ImportFailure.unreadable("zip-arkivets innehållsförteckning hänger inte ihop")

    /// Where the directory is and how many entries it has, from the end record: the last one in
    /// `tail` (the file's last bytes) whose comment reaches exactly to the end of the file.
    static func endRecord(in tail: [UInt8], fileSize: Int) throws(ImportFailure) -> (count: Int, directoryOffset: Int, directoryBytes: Int) {
        var start = tail.count - endRecordBytes
        while start >= 0 {
            if uint32(tail, start) == endRecordSignature, start + endRecordBytes + uint16(tail, start + 20) == tail.count { break }
            start -= 1
        }
        guard start >= 0 else { throw .unreadable("filen är inget zip-arkiv") }
        if start >= 20, uint32(tail, start - 20) == zip64LocatorSignature { throw .unreadable("zip-arkivet är i ZIP64-format, som pandoc inte läser") }
        let disk = uint16(tail, start + 4), directoryDisk = uint16(tail, start + 6)
        let countHere = uint16(tail, start + 8), count = uint16(tail, start + 10)
        let directoryBytes = uint32(tail, start + 12), directoryOffset = uint32(tail, start + 16)
        if count == 0xFFFF || directoryBytes == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw .unreadable("zip-arkivet är i ZIP64-format, som pandoc inte läser")
        }
        guard disk == 0, directoryDisk == 0, countHere == count else { throw .unreadable("zip-arkivet är delat på flera filer") }
        // The directory lies before the end record.
        let endOffset = fileSize - tail.count + start
        guard Int(directoryOffset) + Int(directoryBytes) <= endOffset else { throw broken }
        return (count, Int(directoryOffset), Int(directoryBytes))
    }

    /// The `count` entries of `directory`, each with its declared unpacked size.
    static func entries(in directory: [UInt8], count: Int) throws(ImportFailure) -> ZipDirectory {
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var offset = 0
        for _ in 0..<count {
            guard offset + entryBytes <= directory.count, uint32(directory, offset) == entrySignature else { throw broken }
            let unpacked = uint32(directory, offset + 24)
            let nameBytes = uint16(directory, offset + 28)
            let extraBytes = uint16(directory, offset + 30), commentBytes = uint16(directory, offset + 32)
            let next = offset + entryBytes + nameBytes + extraBytes + commentBytes
            guard next <= directory.count else { throw broken }
            // A size of 0xFFFFFFFF means the real one is in a ZIP64 field.
            if unpacked == 0xFFFF_FFFF || uint32(directory, offset + 20) == 0xFFFF_FFFF {
                throw .unreadable("zip-arkivet är i ZIP64-format, som pandoc inte läser")
            }
            let name = String(decoding: directory[(offset + entryBytes)..<(offset + entryBytes + nameBytes)], as: UTF8.self)
            entries.append(Entry(name: name, unpackedBytes: Int(unpacked)))
            offset = next
        }
        return ZipDirectory(entries: entries)
    }

    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
