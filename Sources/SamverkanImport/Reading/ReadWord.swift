/// One word as a PDF's text layer or Tesseract gives it: its text, its box on the page (points for
/// a text layer, pixels for a scan) and, for a scan, how sure Tesseract was (0–100).
struct ReadWord: Sendable, Equatable {
    var text: String
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double
    var confidence: Double? = nil
}
