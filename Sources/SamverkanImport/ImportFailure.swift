/// Why a document could not be read at all, or its draft not written: pandoc or another program is
/// missing, failed, took too long or too much, the file is not a document the import reads, or
/// the document is larger than a document can be read or a meeting file checked. Problems inside a
/// readable document are warnings instead.
public enum ImportFailure: Error, Sendable, Equatable {
    case pandocMissing
    case unreadable(String)
    case timedOut(seconds: Int)
    /// The file itself, as it lies on disk.
    case tooLarge(bytes: Int)
    /// The parts of the document together, unpacked, as its zip directory declares them.
    case unpacksTooLarge(bytes: Int, limit: Int)
    /// The XML parts of the document together, unpacked, as its zip directory declares them.
    case xmlUnpacksTooLarge(bytes: Int, limit: Int)
    /// More parts (files inside the zip) than a Word document has.
    case tooManyParts(count: Int, limit: Int)
    /// pandoc ran out of the memory it is given (`+RTS -M`).
    case pandocOutOfMemory(megabytes: Int)
    /// pandoc wrote more than `limit` bytes and was stopped.
    case pandocOutputTooLarge(limit: Int)
    /// The meeting file would be larger than `check` reads.
    case draftTooLarge(bytes: Int, limit: Int)
    /// The meeting file's front matter could hold more values than `check` reads.
    case draftTooManyValues(count: Int, limit: Int)
    /// A file whose name ends in something the import does not read (`.xlsx`, no ending).
    case unsupportedKind(String)
    /// A program of Debian's the import needs is not installed: which one, and its package.
    case toolMissing(program: String, package: String)
    case toolTimedOut(program: String, seconds: Int)
    case toolOutputTooLarge(program: String, limit: Int)
    /// pdfinfo or pdftotext could not read the file as a PDF: what it said.
    case pdfUnreadable(String)
    /// The PDF opens only with a password.
    case pdfEncrypted
    /// More pages than minutes have.
    case tooManyPages(count: Int, limit: Int)
    /// A picture, or a PDF of pictures, in which OCR found (almost) no words.
    case noText(words: Int)
    /// The HTML file pandoc could not read.
    case htmlUnreadable(String)
}
