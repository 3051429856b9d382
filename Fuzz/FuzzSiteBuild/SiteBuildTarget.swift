import FuzzSupport
import SamverkanLoading
import SamverkanMarkdown
import SamverkanModel
import SamverkanSite
import SamverkanTestDoubles

/// Fuzzes the whole pipeline on one meeting file: the input is the only meeting in a content folder
/// with the repository's real settings, bodies and topics, built in memory with its real templates.
/// The file is named after the input's own `date` and `body` when they make a valid name, so
/// inputs can get past the name check and through pages, templates, feeds and the writer.
enum SiteBuildTarget {
    static let parser = YamsFrontMatterParser()
    static let today = CalendarDate(year: 2025, month: 6, day: 1)
    static let defaultPath = "meetings/2024/2024-10-03-sro.md"

    /// Settings, bodies, topics and templates, read from the repository once.
    static let setting: InMemoryFileSystem = {
        var files = InMemoryFileSystem()
        Repository.copy("templates", as: "templates", into: &files)
        Repository.copy("content/bodies", as: "content/bodies", into: &files)
        Repository.copy("content/topics", as: "content/topics", into: &files)
        let disk = DiskFileSystem()
        files.contents["content/site.yml"] = try? disk.readFile(at: Repository.root + "/content/site.yml")
        return files
    }()

    static func run(_ input: FuzzInput) {
        guard let today else { return }
        Invariant.require(setting.contents["templates/base.mustache"] != nil,
                          "templates not found under \(Repository.root)")
        let path = meetingPath(for: input)
        var files = setting
        files.contents["content/" + path] = input.bytes
        let writer = InMemorySiteWriter()
        let report = SiteBuilder(fileSystem: files, writer: writer, parser: parser).build(BuildOptions(today: today))
        let site = writer.site(at: "site")
        if report.succeeded {
            Invariant.require(!report.diagnostics.hasErrors, "a build with errors succeeded")
            let slug = String(path.split(separator: "/").last?.dropLast(3) ?? "")
            let page = "moten/\(path.split(separator: "/")[1])/\(slug)/index.html"
            Invariant.require(site?[page] != nil, "the meeting's page \(page) was not written")
        } else {
            Invariant.require(report.diagnostics.hasErrors, "a failed build without an error")
            Invariant.require(site == nil, "a failed build wrote files")
        }
    }

    /// `meetings/<yyyy>/<date>-<body>.md` from the input's front matter, else a fixed name.
    static func meetingPath(for input: FuzzInput) -> String {
        guard let text = input.validatedText,
              case let .success(document) = FrontMatterDocument.split(
                  SourceFile(displayPath: defaultPath, relativePath: defaultPath, text: text)),
              let root = try? parser.parse(document.yaml),
              case let .mapping(pairs) = root.kind else { return defaultPath }
        func scalar(_ key: String) -> String? {
            for pair in pairs {
                if case .scalar(key, _) = pair.key.kind, case let .scalar(value, _) = pair.value.kind { return value }
            }
            return nil
        }
        guard let date = scalar("date"), let body = scalar("body"),
              date.utf8.count == 10, date.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-") }),
              !body.isEmpty, body.utf8.count <= 60,
              body.utf8.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || $0 == UInt8(ascii: "-") })
        else { return defaultPath }
        return "meetings/\(date.prefix(4))/\(date)-\(body).md"
    }
}
