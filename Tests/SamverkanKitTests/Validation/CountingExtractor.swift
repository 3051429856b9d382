import Foundation
@testable import SamverkanSite

/// An extractor that hands out fixed text (or a failure) and counts how often it was asked.
final class CountingExtractor: AttachmentTextExtractor, @unchecked Sendable {
    private let lock = NSLock()
    private var counted = 0
    let answer: @Sendable ([UInt8], AttachmentFormat) -> Result<[UInt8], AttachmentReadFailure>

    init(_ answer: @escaping @Sendable ([UInt8], AttachmentFormat) -> Result<[UInt8], AttachmentReadFailure>) {
        self.answer = answer
    }

    /// Always `text` as the file's text.
    convenience init(text: String) {
        self.init { _, _ in .success(Array(text.utf8)) }
    }

    var runs: Int { lock.withLock { counted } }

    func text(of bytes: [UInt8], format: AttachmentFormat) -> Result<[UInt8], AttachmentReadFailure> {
        lock.withLock { counted += 1 }
        return answer(bytes, format)
    }
}
