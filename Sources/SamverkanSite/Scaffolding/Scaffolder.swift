import SamverkanLoading
import SamverkanModel

/// Runs `samverkan new`: reads the content folder, makes the file and creates it, never over an
/// existing one.
public struct Scaffolder: Sendable {
    public var fileSystem: FileSystem
    public var writer: ScaffoldWriter
    public var parser: FrontMatterParser

    public init(fileSystem: FileSystem = DiskFileSystem(), writer: ScaffoldWriter = DiskScaffoldWriter(),
                parser: FrontMatterParser = YamsFrontMatterParser()) {
        self.fileSystem = fileSystem
        self.writer = writer
        self.parser = parser
    }

    public func newMeeting(_ request: MeetingScaffold.Request, contentDirectory: String) -> ScaffoldResult {
        run(contentDirectory) { MeetingScaffold.make(request, content: $0, contentDirectory: contentDirectory) }
    }

    public func newBody(_ request: BodyScaffold.Request, contentDirectory: String) -> ScaffoldResult {
        run(contentDirectory) { BodyScaffold.make(request, content: $0, contentDirectory: contentDirectory) }
    }

    /// `samverkan init`: every file of a new site, or none when any of them is there already (each
    /// such file is an error). A file that appears while the others are written is an error too;
    /// the ones written before it stay.
    public func newSite(_ request: SiteScaffold.Request) -> SiteScaffoldResult {
        let (files, problems) = SiteScaffold.make(request)
        guard problems.isEmpty else { return SiteScaffoldResult(created: [], diagnostics: DiagnosticList(problems)) }
        let clashes = SiteScaffold.clashes(files, directory: request.directory, fileSystem: fileSystem)
        guard clashes.isEmpty else { return SiteScaffoldResult(created: [], diagnostics: DiagnosticList(clashes)) }
        var created: [ScaffoldedFile] = []
        for file in files {
            if let problem = file.create(with: writer) {
                return SiteScaffoldResult(created: created, diagnostics: DiagnosticList([problem]))
            }
            created.append(file)
        }
        return SiteScaffoldResult(created: created, diagnostics: DiagnosticList())
    }

    /// Problems elsewhere in the content do not stop a new file (`samverkan check` reports them);
    /// only a content folder that cannot be read at all does.
    private func run(_ contentDirectory: String,
                     _ make: (SiteContent) -> (ScaffoldedFile?, [Diagnostic])) -> ScaffoldResult {
        let (loaded, loadDiagnostics) = ContentLoader(fileSystem: fileSystem, parser: parser).load(contentDirectory: contentDirectory)
        guard let content = loaded else {
            return ScaffoldResult(created: nil, diagnostics: DiagnosticList(loadDiagnostics.errors))
        }
        let (file, problems) = make(content)
        guard let file, problems.isEmpty else { return ScaffoldResult(created: nil, diagnostics: DiagnosticList(problems)) }
        if let problem = file.create(with: writer) {
            return ScaffoldResult(created: nil, diagnostics: DiagnosticList([problem]))
        }
        return ScaffoldResult(created: file, diagnostics: DiagnosticList())
    }
}
