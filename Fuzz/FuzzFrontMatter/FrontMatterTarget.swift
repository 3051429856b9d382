import FuzzSupport
import SamverkanLoading
import SamverkanMarkdown
import SamverkanModel
import SamverkanSite
import SamverkanTestDoubles

/// Fuzzes stage 1 and 2 of the pipeline on one file: UTF-8 validation as the loader does it,
/// `FrontMatterDocument.split`, the YAML parser, and the meeting, body, topic and page decoders
/// (the input is placed once as each kind in a minimal content folder and loaded).
enum FrontMatterTarget {
    static let parser = YamsFrontMatterParser()
    static let settings = "title: Fuzz\ndescription: Fuzz\nlanguage: sv\n"
    /// Content-relative paths the input is placed at, one for each Markdown kind.
    static let meetingPath = "meetings/2024/2024-10-03-sro.md"
    static let bodyPath = "bodies/sro.md"
    static let topicPath = "topics/amne.md"
    static let pagePath = "pages/om.md"

    static func run(_ input: FuzzInput) {
        if let text = input.validatedText, !text.utf8.isEmpty {
            split(text)
        }
        load(input)
    }

    /// The splitter alone, and the parser on what it splits off.
    static func split(_ text: String) {
        let file = SourceFile(displayPath: "content/" + meetingPath, relativePath: meetingPath, text: text)
        guard case let .success(document) = FrontMatterDocument.split(file) else { return }
        Invariant.require(document.yamlFirstLine == 2, "YAML starts at line \(document.yamlFirstLine)")
        Invariant.require(document.bodyFirstLine >= 3, "body starts at line \(document.bodyFirstLine)")
        // The loader makes every line ending `\n` before it splits (SourceText); CRLF is not split here.
        if !text.contains("\r\n") {
            let lines = FuzzInput.lineCount(text)
            Invariant.require(document.bodyFirstLine - 1 <= lines,
                              "body starts at line \(document.bodyFirstLine) of a \(lines)-line file")
            let bodyLines = FuzzInput.lineCount(document.body)
            Invariant.require(bodyLines == max(1, lines - document.bodyFirstLine + 1),
                              "body has \(bodyLines) lines, expected \(lines - document.bodyFirstLine + 1)")
        }
        _ = try? parser.parse(document.yaml)
    }

    /// The loader on a content folder holding the input as a meeting, a body, a topic and a page.
    static func load(_ input: FuzzInput) {
        var files = InMemoryFileSystem(["content/site.yml": settings])
        for path in [meetingPath, bodyPath, topicPath, pagePath] {
            files.contents["content/" + path] = input.bytes
        }
        let (loaded, diagnostics) = ContentLoader(fileSystem: files, parser: parser).load(contentDirectory: "content")
        guard let content = loaded else {
            Invariant.require(diagnostics.hasErrors, "no content and no error")
            return
        }
        let lines = input.validatedText.map(FuzzInput.editorLineCount) ?? 1
        for diagnostic in diagnostics.items where diagnostic.location.path != "content/site.yml" {
            Invariant.require(diagnostic.location.line >= 0 && diagnostic.location.column >= 0,
                              "negative position: \(diagnostic)")
            if input.validatedText != nil {
                Invariant.require(diagnostic.location.line <= lines,
                                  "line \(diagnostic.location.line) of a \(lines)-line file: \(diagnostic)")
            }
        }
        // A public record must never vanish: each file is decoded or has an error of its own.
        func decodedOrReported(_ path: String, _ decoded: Bool) {
            let reported = diagnostics.errors.contains { $0.location.path == "content/" + path }
            Invariant.require(decoded || reported, "\(path) neither decoded nor reported")
            Invariant.require(!(decoded && content.isUndecodable(path)), "\(path) decoded and marked undecodable")
        }
        decodedOrReported(meetingPath, content.meetings.contains { $0.relativePath == meetingPath })
        decodedOrReported(bodyPath, content.bodies.contains { $0.id == "sro" })
        decodedOrReported(topicPath, content.topics.contains { $0.id == "amne" })
        decodedOrReported(pagePath, content.pages.contains { $0.slug == "om" })
        for meeting in content.meetings {
            Invariant.require(meeting.text.firstLine >= 3, "meeting text starts at line \(meeting.text.firstLine)")
        }
    }
}
