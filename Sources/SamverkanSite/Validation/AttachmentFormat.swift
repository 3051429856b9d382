/// How an attachment in `content/files/` is read for personal identity numbers, by its extension:
/// text as it is, PDF through pdftotext, Word through pandoc. Other files (pictures, spreadsheets,
/// presentations) are not read.
public enum AttachmentFormat: String, Sendable, Hashable, CaseIterable {
    case text
    case pdf
    case word

    /// The format of the file at `path`, or nil when it is not read.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "txt", "csv", "md", "html", "htm": self = .text
        case "pdf": self = .pdf
        case "docx": self = .word
        default: return nil
        }
    }

    /// The program that reads it: nil for text.
    public var program: String? {
        switch self {
        case .text: nil
        case .pdf: "pdftotext"
        case .word: "pandoc"
        }
    }
}
