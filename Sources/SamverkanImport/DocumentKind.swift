/// What kind of document the import reads, from its file name's ending: a Word document through
/// pandoc, a PDF through poppler (and Tesseract for pages without text), a web page exported from
/// the old website through pandoc, or a picture of a scanned page straight through Tesseract.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case word
    case pdf
    case html
    case image

    /// nil for a name the import does not read.
    public init?(path: String) {
        switch Self.ending(of: path) {
        case "docx": self = .word
        case "pdf": self = .pdf
        case "html", "htm": self = .html
        case "png", "jpg", "jpeg", "tif", "tiff": self = .image
        default: return nil
        }
    }

    /// `pdf` for `Protokoll 2019.PDF`; "" without one.
    public static func ending(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
