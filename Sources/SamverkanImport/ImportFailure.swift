/// Why a document could not be read at all: pandoc is missing, failed, took too long, or the file
/// is not a Word document. Problems inside a readable document are warnings instead.
public enum ImportFailure: Error, Sendable, Equatable {
    case pandocMissing
    case unreadable(String)
    case timedOut(seconds: Int)
    case tooLarge(bytes: Int)
}
