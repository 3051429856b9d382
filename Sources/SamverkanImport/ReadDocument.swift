import SamverkanModel

/// A document of any kind, read: the blocks the recognizer reads, how its text was taken, and what
/// the reading could not keep or doubts.
struct ReadDocument: Sendable {
    var blocks: [DocumentBlock]
    var method: MeetingOriginal.Method
    /// Tracked changes of a Word document: insertions kept, deletions left out.
    var trackedChanges = 0
    /// What a Word document had that the draft has not (pictures, comments …).
    var dropped: [String] = []
    /// The pages of a PDF read by OCR (from 1).
    var ocrPages: [Int] = []
    /// Set when a PDF's text layer was bad OCR and its pages were read again.
    var reread: TextLayerQuality?
    var review: [ReviewWord] = []

    init(_ document: PandocDocument, method: MeetingOriginal.Method) {
        blocks = document.blocks
        self.method = method
        trackedChanges = document.trackedChanges
        dropped = document.dropped
    }

    init(blocks: [DocumentBlock], method: MeetingOriginal.Method, ocrPages: [Int] = [], reread: TextLayerQuality? = nil,
         review: [ReviewWord] = []) {
        self.blocks = blocks
        self.method = method
        self.ocrPages = ocrPages
        self.reread = reread
        self.review = review
    }
}
