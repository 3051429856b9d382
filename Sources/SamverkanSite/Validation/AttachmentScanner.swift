import SamverkanLoading
import SamverkanModel

/// Looks for personal identity numbers in the attachments (`content/files/`): text files as they
/// are, PDF and Word documents through a program (`AttachmentTextExtractor`). What a program found
/// is remembered by the file's SHA-256 (`AttachmentScanCache`), so a `check` with nothing changed
/// runs no program. Each number is an error at its file (its line and column in a text file, its
/// page in a PDF), never with its digits; a file that could not be read is a warning, and a
/// missing program is one warning that names the files it would have read.
public struct AttachmentScanner: Sendable {
    public enum CacheLocation: Sendable, Hashable {
        /// Nothing is remembered.
        case none
        /// `.samverkan-cache/attachments` in the folder that holds the output folder (for the
        /// default output `site`, the current folder).
        case besideOutput
        case file(String)
    }

    public var extractor: AttachmentTextExtractor
    public var cache: CacheLocation
    /// PDF and Word files larger than this are not given to a program, with a warning.
    public var maximumBytes: Int

    public init(extractor: AttachmentTextExtractor = ProgramTextExtractor(), cache: CacheLocation = .besideOutput,
                maximumBytes: Int = 100 << 20) {
        self.extractor = extractor
        self.cache = cache
        self.maximumBytes = maximumBytes
    }

    /// What a build or check reports about the attachments `files` (paths under `files/`): with
    /// `scanner`, or when it is nil the standard one for content on disk and none for content in
    /// memory (as with its history, a test gives its own).
    package static func diagnostics(for files: [String], _ options: BuildOptions, fileSystem: FileSystem,
                                    scanner: AttachmentScanner?) -> [Diagnostic] {
        guard let scanner = scanner ?? (fileSystem is DiskFileSystem ? AttachmentScanner() : nil) else { return [] }
        return scanner.diagnostics(for: files, contentDirectory: options.contentDirectory,
                                   outputDirectory: options.outputDirectory, fileSystem: fileSystem)
    }

    /// What one file gave: its diagnostics, its cache entry when a program's text was looked at
    /// (`fresh` when it was read in this run), or the program that is missing to read it.
    private struct FileResult: Sendable {
        var diagnostics: [Diagnostic] = []
        var entry: (key: String, findings: AttachmentFindings)?
        var fresh = false
        var missingProgram: AttachmentFormat?
    }

    public func diagnostics(for files: [String], contentDirectory: String, outputDirectory: String,
                            fileSystem: FileSystem) -> [Diagnostic] {
        let candidates = files.compactMap { name in AttachmentFormat(path: name).map { (name: name, format: $0) } }
        guard !candidates.isEmpty else { return [] }
        let cacheFile = cacheFile(outputDirectory: outputDirectory)
        let earlier = candidates.contains(where: { $0.format != .text }) ? cacheFile?.load() ?? [] : []
        let known = Dictionary(earlier.map { ($0.key, $0.findings) }, uniquingKeysWith: { _, newer in newer })
        let results = candidates.parallelMap { candidate in
            scan(candidate.name, candidate.format, contentDirectory: contentDirectory, fileSystem: fileSystem, known: known)
        }

        var diagnostics = results.flatMap(\.diagnostics)
        let folder = join(contentDirectory, "files")
        for format in [AttachmentFormat.pdf, .word] {
            let unread = zip(candidates, results).filter { $0.1.missingProgram == format }.map(\.0.name)
            if !unread.isEmpty { diagnostics.append(Self.programMissing(format, unread: unread, folder: folder)) }
        }
        if let cacheFile, results.contains(where: \.fresh) {
            cacheFile.store(results.compactMap(\.entry), earlier: earlier)
        }
        return diagnostics
    }

    private func scan(_ name: String, _ format: AttachmentFormat, contentDirectory: String, fileSystem: FileSystem,
                      known: [String: AttachmentFindings]) -> FileResult {
        let path = join(contentDirectory, "files/" + name)
        guard let bytes = try? fileSystem.readFile(at: path) else {
            // The same error the build gives when it copies the file, so a build reports it once.
            return FileResult(diagnostics: [.error(SourceLocation(path: path), "filen kan inte läsas")])
        }
        if format == .text {
            return FileResult(diagnostics: bytes.withUnsafeBufferPointer { PersonalIdentityNumber.diagnostics(in: $0, path: path) })
        }
        guard bytes.count <= maximumBytes else { return FileResult(diagnostics: [Self.tooLarge(path: path, limit: maximumBytes)]) }
        let key = AttachmentScanCache.key(SHA256.hex(of: bytes), format)
        if let findings = known[key] {
            return FileResult(diagnostics: Self.diagnostics(findings, path: path), entry: (key, findings))
        }
        switch extractor.text(of: bytes, format: format) {
        case let .success(text):
            let findings = AttachmentFindings(text: text, paged: format == .pdf)
            return FileResult(diagnostics: Self.diagnostics(findings, path: path), entry: (key, findings), fresh: true)
        case .failure(.programMissing):
            return FileResult(missingProgram: format)
        case let .failure(failure):
            return FileResult(diagnostics: [Self.unread(failure, format: format, path: path)])
        }
    }

    /// The cache file, when there is one.
    func cacheFile(outputDirectory: String) -> AttachmentScanCache? {
        switch cache {
        case .none: nil
        case let .file(path): AttachmentScanCache(path: path)
        case .besideOutput: AttachmentScanCache(path: join(Self.folder(holding: outputDirectory), ".samverkan-cache/attachments"))
        }
    }

    /// The folder that holds `path`: `.` for a bare name, `/` for a name at the root.
    static func folder(holding path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }
}
