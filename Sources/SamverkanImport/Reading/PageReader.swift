import Foundation
import SamverkanModel

/// Reads a PDF or a picture of a scanned page with Debian's programs, every one bounded as pandoc is
/// (`ExternalTool`): the file is opened by the import (never a link, at most `maximumBytes`) and
/// copied into a private temporary folder, so no name it has can reach a program as an option.
///
/// - `pdfinfo`: an encrypted or broken PDF is refused, and one of more than `maximumPages` pages;
/// - `pdftotext -bbox-layout`: the text layer, each word with its box, for `PageLayout`;
/// - pages without text, and all pages when the text layer is itself bad OCR (`TextLayerQuality`),
///   are rasterised by `pdftoppm` at `dpi` and read by `tesseract -l swe` (one thread each, the pages
///   in parallel on all cores); its per-word confidences and `hunspell -d sv_SE` pick the words a
///   person should read (`ReviewWord`).
public struct PageReader: Sendable {
    public var maximumBytes: Int
    public var maximumPages: Int
    /// Dots per inch a page is rasterised at for OCR (docs/decisions.md: 200 reads the seeds as well
    /// as 300 at half the time).
    public var dpi: Int
    /// Seconds each program may take for one run (one page, for Tesseract).
    public var timeout: Int
    /// A word Tesseract gives less confidence than this (0–100) is marked for review.
    public var lowConfidence: Double
    /// Where the programs are looked for instead of `PATH` (for the tests of a missing program).
    public var searchPath: String?

    public init(maximumBytes: Int = 100 << 20, maximumPages: Int = 100, dpi: Int = 200, timeout: Int = 120,
                lowConfidence: Double = 60, searchPath: String? = nil) {
        self.maximumBytes = maximumBytes
        self.maximumPages = maximumPages
        self.dpi = dpi
        self.timeout = timeout
        self.lowConfidence = lowConfidence
        self.searchPath = searchPath
    }

    /// What the programs' environment changes: `PATH` when `searchPath` is set.
    var environment: [String: String] { searchPath.map { ["PATH": $0] } ?? [:] }

    /// Fewer words of two letters or more, read with some confidence, are no page of minutes.
    static let minimumWords = 10

    /// `known`: names the site knows (participants, bodies, topics), lower case, one word each.
    func read(_ path: String, kind: DocumentKind, known: Set<String>) throws(ImportFailure) -> ReadDocument {
        let file = try WordFile.open(path, maximumBytes: maximumBytes)
        guard let bytes = file.bytes(at: 0, count: file.size) else { throw .unreadable("filen kunde inte läsas") }
        let scratch = try ScratchFolder.make()
        switch kind {
        case .image:
            let image = try scratch.write(bytes, to: "page." + Self.imageEnding(bytes))
            let page = try recognise(image, scale: 1)
            return try ocrDocument([page], pages: [1], scratch: scratch, known: known, reread: nil)
        default:
            guard bytes.starts(with: Array("%PDF-".utf8)) else { throw .pdfUnreadable("filen börjar inte som en PDF") }
            let document = try scratch.write(bytes, to: "document.pdf")
            return try readPDF(document, scratch: scratch, known: known)
        }
    }

    private func readPDF(_ document: String, scratch: ScratchFolder, known: Set<String>) throws(ImportFailure) -> ReadDocument {
        let pageCount = try pages(of: document)
        let layer = try ExternalTool.pdftotext.run(["-q", "-bbox-layout", "-enc", "UTF-8", "-f", "1", "-l", "\(pageCount)", document, "-"],
                                                   environment: environment, outputLimit: 64 << 20, timeout: timeout)
        guard layer.status == 0 else { throw .pdfUnreadable(ExternalTool.said(layer).isEmpty ? "pdftotext avslutades med kod \(layer.status)" : ExternalTool.said(layer)) }
        var pages = PageText.pages(boundingBoxes: layer.output)
        while pages.count < pageCount { pages.append(PageText(boxes: [])) }
        let empty = pages.indices.filter { pages[$0].words.count < 3 }
        let layerWords = pages.flatMap { $0.words.map(\.text) }.flatMap { SwedishDictionary.words(in: $0) }
        var reread: TextLayerQuality?
        if TextLayerQuality.looksDoubtful(layerWords) {
            let unknown = try SwedishDictionary.unknownWords(Set(layerWords), scratch: scratch, environment: environment, timeout: timeout)
            let quality = TextLayerQuality(words: layerWords, unknown: unknown, known: known)
            if quality.isBadOCR { reread = quality }
        }
        let toRead = reread == nil ? empty : Array(pages.indices)
        if toRead.isEmpty {
            return ReadDocument(blocks: PageLayout.blocks(pages), method: .text)
        }
        let read = try toRead.parallelMap { index -> Result<PageText, ImportFailure> in
            do throws(ImportFailure) {
                let image = try rasterise(document, page: index + 1, scratch: scratch)
                return .success(try recognise(image, scale: 72 / Double(dpi)))
            } catch {
                return .failure(error)
            }
        }.map { result throws(ImportFailure) -> PageText in try result.get() }
        for (index, page) in zip(toRead, read) { pages[index] = page }
        if reread == nil, toRead.count < pages.count {
            // Text pages and scanned ones: only the scanned pages' words are in doubt.
            var scanned = try ocrDocument(toRead.map { pages[$0] }, pages: toRead.map { $0 + 1 }, scratch: scratch, known: known, reread: nil)
            scanned.blocks = PageLayout.blocks(pages)
            return scanned
        }
        return try ocrDocument(pages, pages: toRead.map { $0 + 1 }, scratch: scratch, known: known, reread: reread)
    }

    /// The document of OCR'd pages, with the words to review; refused when there is almost no text.
    private func ocrDocument(_ pages: [PageText], pages numbers: [Int], scratch: ScratchFolder, known: Set<String>,
                             reread: TextLayerQuality?) throws(ImportFailure) -> ReadDocument {
        let words = pages.flatMap(\.words)
        let readable = words.filter { word in (word.confidence ?? 100) >= 50 && word.text.filter(\.isLetter).count >= 2 }
        if readable.count < Self.minimumWords { throw .noText(words: readable.count) }
        let candidates = Set(words.flatMap { SwedishDictionary.words(in: $0.text, minimumLength: 2) })
        let unknown = try SwedishDictionary.unknownWords(candidates, scratch: scratch, environment: environment, timeout: timeout)
        var review: [ReviewWord] = []
        var seen: Set<String> = []
        for word in words {
            for part in SwedishDictionary.words(in: word.text, minimumLength: 2) where !seen.contains(part) {
                let unsure = (word.confidence ?? 100) < lowConfidence
                let unknownWord = unknown.contains(part) && !known.contains(part.lowercased()) && !Self.isAbbreviation(part)
                guard unsure || unknownWord else { continue }
                seen.insert(part)
                review.append(ReviewWord(text: part, confidence: unsure ? word.confidence.map { Int($0.rounded()) } : nil))
            }
        }
        return ReadDocument(blocks: PageLayout.blocks(pages), method: .ocr, ocrPages: numbers, reread: reread, review: review)
    }

    /// `VGR`, `SRO`: capitals of at most four letters are abbreviations, which no dictionary has.
    static func isAbbreviation(_ word: String) -> Bool {
        word.count <= 4 && word.allSatisfy(\.isUppercase)
    }

    /// Pages, from `pdfinfo`; an encrypted, broken or too long PDF is refused here.
    private func pages(of document: String) throws(ImportFailure) -> Int {
        let info = try ExternalTool.pdfinfo.run([document], environment: environment, outputLimit: 1 << 20, timeout: timeout)
        let said = ExternalTool.said(info)
        guard info.status == 0 else {
            if said.contains("password") || said.contains("Password") { throw .pdfEncrypted }
            throw .pdfUnreadable(said.isEmpty ? "pdfinfo avslutades med kod \(info.status)" : said)
        }
        let text = String(decoding: info.output, as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Pages:") }),
              let count = Int(line.dropFirst("Pages:".count).trimmingSpaces()), count > 0 else {
            throw .pdfUnreadable(said.isEmpty ? "dokumentet har inga sidor" : said)
        }
        if count > maximumPages { throw .tooManyPages(count: count, limit: maximumPages) }
        return count
    }

    /// One page as a grey PNG at `dpi`.
    private func rasterise(_ document: String, page: Int, scratch: ScratchFolder) throws(ImportFailure) -> String {
        let prefix = scratch.path + "/page-\(page)"
        let outcome = try ExternalTool.pdftoppm.run(["-q", "-r", "\(dpi)", "-f", "\(page)", "-l", "\(page)", "-gray", "-png", "-singlefile",
                                                     document, prefix], environment: environment, outputLimit: 1 << 20, timeout: timeout)
        guard outcome.status == 0, FileManager.default.fileExists(atPath: prefix + ".png") else {
            throw .pdfUnreadable(ExternalTool.said(outcome).isEmpty ? "sidan \(page) kunde inte göras till en bild" : ExternalTool.said(outcome))
        }
        return prefix + ".png"
    }

    /// The words of one picture by Tesseract's Swedish model, one thread, with their confidences;
    /// boxes scaled by `scale` (to points).
    private func recognise(_ image: String, scale: Double) throws(ImportFailure) -> PageText {
        let outcome = try ExternalTool.tesseract.run([image, "stdout", "-l", "swe", "--psm", "3", "tsv"],
                                                     environment: environment.merging(["OMP_THREAD_LIMIT": "1"]) { $1 }, outputLimit: 16 << 20, timeout: timeout)
        let said = ExternalTool.said(outcome)
        guard outcome.status == 0 else {
            if said.contains("swe") && (said.contains("Failed loading language") || said.contains("Error opening data file")) {
                throw .toolMissing(program: "tesseract swe", package: "tesseract-ocr-swe")
            }
            throw .noText(words: 0)
        }
        var page = PageText.page(tesseractTSV: String(decoding: outcome.output, as: UTF8.self))
        guard scale != 1 else { return page }
        for box in page.boxes.indices {
            for line in page.boxes[box].lines.indices {
                for word in page.boxes[box].lines[line].words.indices {
                    page.boxes[box].lines[line].words[word].left *= scale
                    page.boxes[box].lines[line].words[word].top *= scale
                    page.boxes[box].lines[line].words[word].right *= scale
                    page.boxes[box].lines[line].words[word].bottom *= scale
                }
            }
        }
        return page
    }

    /// `png`, `jpg` or `tif` from the picture's first bytes, so Tesseract reads it as what it is.
    static func imageEnding(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "png" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "jpg" }
        if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return "tif" }
        return "img"
    }
}
