/// Why an attachment's text could not be had: the program is not installed, failed on the file
/// (a broken or password-protected PDF), took too long, or wrote more than is read.
public enum AttachmentReadFailure: Error, Sendable, Hashable {
    case programMissing
    case failed(status: Int32)
    case timedOut(seconds: Int)
    case outputTooLarge(limit: Int)
}
