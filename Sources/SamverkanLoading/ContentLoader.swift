import SamverkanModel

/// Stage 1 and 2 of the pipeline: reads the content folder and decodes every file into the model.
/// A file that fails to decode is reported, never skipped silently: public records must not vanish.
public struct ContentLoader: Sendable {
    public var fileSystem: FileSystem
    public var parser: FrontMatterParser
    /// Decoded files of an earlier build in this process, reused when a file's text is unchanged.
    var cache: DecodeCache?

    public init(fileSystem: FileSystem, parser: FrontMatterParser = YamsFrontMatterParser()) {
        self.fileSystem = fileSystem
        self.parser = parser
    }

    public init(fileSystem: FileSystem, parser: FrontMatterParser, cache: DecodeCache?) {
        self.init(fileSystem: fileSystem, parser: parser)
        self.cache = cache
    }

    /// Decodes one file, or takes its decoding from the cache when its text is unchanged.
    private func decode<Value: Sendable>(_ kind: String, _ file: SourceFile,
                                         _ decode: (SourceFile) -> Value) -> Value {
        guard let cache else { return decode(file) }
        // A value of another type under the same key cannot happen (the kind names the type); decode afresh if it did.
        return cache.value(for: DecodeKey(kind: kind, file: file)) { decode($0.file) } as? Value ?? decode(file)
    }

    /// What the content folder holds, file by file, before decoding.
    struct Inventory {
        var settings: SourceFile?
        var milestones: SourceFile?
        var bodies: [SourceFile] = []
        var meetings: [SourceFile] = []
        var topics: [SourceFile] = []
        var pages: [SourceFile] = []
        var files: [String] = []
    }

    public func load(contentDirectory: String) -> (SiteContent?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        let folder = SourceLocation(path: contentDirectory)
        let paths: [String]
        do {
            let listing = try fileSystem.files(under: contentDirectory)
            paths = listing.files
            diagnostics.append(contentsOf: listing.refused.map { RefusedEntryDiagnostic.diagnostic($0, in: contentDirectory) })
        } catch {
            diagnostics.append(.error(folder, "innehållsmappen finns inte",
                                      hint: "ange rätt innehållsmapp, eller skapa \(contentDirectory)/site.yml"))
            return (nil, diagnostics)
        }

        let inventory = takeInventory(paths, contentDirectory: contentDirectory, diagnostics: &diagnostics)
        guard let settingsFile = inventory.settings else {
            diagnostics.append(.error(SourceLocation(path: join(contentDirectory, "site.yml")), "site.yml saknas",
                                      hint: "skapa filen med minst title: Webbplatsens namn"))
            return (nil, diagnostics)
        }

        let parser = self.parser
        let (settings, settingsDiagnostics) = decode("settings", settingsFile) { SiteSettings.decode($0, parser: parser) }
        diagnostics.append(contentsOf: settingsDiagnostics)
        var undecodable = Set<String>()
        let bodies = collect(inventory.bodies, inventory.bodies.parallelMap { decode("body", $0) { Body.decode($0, parser: parser) } },
                             into: &diagnostics, undecodable: &undecodable)
        let meetings = collect(inventory.meetings, inventory.meetings.parallelMap { decode("meeting", $0) { Meeting.decode($0, parser: parser) } },
                               into: &diagnostics, undecodable: &undecodable)
        let topics = collect(inventory.topics, inventory.topics.parallelMap { decode("topic", $0) { Topic.decode($0, parser: parser) } },
                             into: &diagnostics, undecodable: &undecodable)
        let pages = collect(inventory.pages, inventory.pages.parallelMap { decode("page", $0) { FreePage.decode($0, parser: parser) } },
                            into: &diagnostics, undecodable: &undecodable)
        var milestones: [Milestone] = []
        if let file = inventory.milestones {
            let (decoded, milestoneDiagnostics) = decode("milestones", file) { Milestone.decodeList($0, parser: parser) }
            milestones = decoded
            diagnostics.append(contentsOf: milestoneDiagnostics)
        }
        guard let settings else { return (nil, diagnostics) }
        let content = SiteContent(settings: settings, bodies: bodies, meetings: meetings, topics: topics,
                                  milestones: milestones, pages: pages, files: inventory.files, undecodable: undecodable)
        return (content, diagnostics)
    }

    private func takeInventory(_ paths: [String], contentDirectory: String,
                               diagnostics: inout DiagnosticList) -> Inventory {
        var inventory = Inventory()
        let sourcePaths = paths.filter { !$0.hasPrefix("files/") }
        let sourceFiles = sourcePaths.parallelMap { path in readSource(path, contentDirectory: contentDirectory) }
        for (path, read) in zip(sourcePaths, sourceFiles) {
            let parts = path.split(separator: "/")
            let isMarkdown = path.hasSuffix(".md")
            diagnostics.append(contentsOf: read.1)
            guard let file = read.0 else { continue }
            switch (parts.first, parts.count) {
            case ("site.yml", 1): inventory.settings = file
            case ("milestones.yml", 1): inventory.milestones = file
            case ("README.md", 1): continue  // notes for communicators, not content
            case ("bodies", 2) where isMarkdown: inventory.bodies.append(file)
            case ("meetings", _) where isMarkdown: inventory.meetings.append(file)
            case ("topics", 2) where isMarkdown: inventory.topics.append(file)
            case ("pages", 2) where isMarkdown: inventory.pages.append(file)
            default:
                diagnostics.append(.error(
                    SourceLocation(path: file.displayPath), "okänd fil i innehållsmappen: den blir ingen sida",
                    hint: "lägg organ i bodies/, möten i meetings/ÅÅÅÅ/, ämnen i topics/ och sidor i pages/ som .md-filer, bilagor i files/"))
            }
        }
        inventory.files = paths.filter { $0.hasPrefix("files/") }.map { String($0.dropFirst("files/".count)) }
        return inventory
    }

    /// One meeting file (`meetings/2024/2024-10-03-sro.md` under `contentDirectory`), read and
    /// decoded as `load` would: for `serve`'s preview of an edited meeting.
    public func meeting(at path: String, contentDirectory: String) -> (Meeting?, [Diagnostic]) {
        let (file, problems) = readSource(path, contentDirectory: contentDirectory)
        guard let file else { return (nil, problems) }
        let (meeting, diagnostics) = Meeting.decode(file, parser: parser)
        return (meeting, problems + diagnostics)
    }

    private func readSource(_ path: String, contentDirectory: String) -> (SourceFile?, [Diagnostic]) {
        let displayPath = join(contentDirectory, path)
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.readFile(at: displayPath)
        } catch {
            return (nil, [.error(SourceLocation(path: displayPath), "filen kan inte läsas")])
        }
        let (text, diagnostics) = SourceText.decode(bytes, path: displayPath)
        guard let text else { return (nil, diagnostics) }
        // Looked for in the text every later stage reads (CRLF made LF), so lines and columns are the editor's.
        let numbers = PersonalIdentityNumber.diagnostics(in: text, path: displayPath)
        let unfilled = FillInMarker.diagnostics(in: text, path: displayPath)
        return (SourceFile(displayPath: displayPath, relativePath: path, text: text), diagnostics + numbers + unfilled)
    }

    private func collect<Value>(_ files: [SourceFile], _ results: [(Value?, [Diagnostic])],
                                into diagnostics: inout DiagnosticList, undecodable: inout Set<String>) -> [Value] {
        zip(files, results).compactMap { file, result in
            diagnostics.append(contentsOf: result.1)
            if result.0 == nil { undecodable.insert(file.relativePath) }
            return result.0
        }
    }
}

/// `folder` + `/` + `path`, without doubling slashes; `.` as the folder gives the path alone.
package func join(_ folder: String, _ path: String) -> String {
    if folder.isEmpty || folder == "." { return path }
    return folder.hasSuffix("/") ? folder + path : folder + "/" + path
}
