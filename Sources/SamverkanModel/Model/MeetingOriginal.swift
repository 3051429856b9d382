/// The document minutes were transcribed from (`original:`): a file under `content/files/` and how
/// its text was taken.
public struct MeetingOriginal: Sendable, Hashable, Encodable {
    public enum Method: String, Sendable, Hashable, CaseIterable, Encodable {
        /// Read from a Word document.
        case word
        /// Read from a PDF's text layer (or HTML).
        case text
        /// Read from a scan by optical character recognition.
        case ocr
    }

    public var href: Located<String>
    public var method: Method

    package init(href: Located<String>, method: Method) {
        self.href = href
        self.method = method
    }
}
