/// Turns an attachment's bytes into its text: the seam between the scan and the programs that read
/// PDF and Word (`ProgramTextExtractor`), so tests can count or replace the runs.
public protocol AttachmentTextExtractor: Sendable {
    /// The text of `bytes` in `format` (`.pdf` or `.word`), as UTF-8; for a PDF, pages end with a
    /// form feed (U+000C), as pdftotext writes them.
    func text(of bytes: [UInt8], format: AttachmentFormat) -> Result<[UInt8], AttachmentReadFailure>
}
