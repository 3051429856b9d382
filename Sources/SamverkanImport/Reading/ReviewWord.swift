/// A word of OCR'd text that a person should read against the original: Tesseract was unsure of
/// it, or the Swedish dictionary does not know it and it is no name the site knows.
struct ReviewWord: Sendable, Hashable {
    var text: String
    /// Tesseract's confidence (0–100) when it was below the limit; nil when only the dictionary doubts it.
    var confidence: Int?
}
