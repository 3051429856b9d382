import SamverkanLoading
import SamverkanModel

/// Stage 3: checks that what the front matter names exists — bodies, topics, meetings, attachment
/// files — and that no two sources claim the same URL.
public enum ReferenceValidator {
    public static func validate(_ content: SiteContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let bodyIDs = content.bodies.map(\.id)
        let topicIDs = content.topics.map(\.id)
        let files = Set(content.files)

        func checkTopic(_ topic: Located<String>) {
            guard content.topicsByID[topic.value] == nil, !content.isUndecodable("topics/\(topic.value).md") else { return }
            var message = "okänt ämne '\(topic.value)'"
            if let closest = FrontMatterReader.closest(to: topic.value, among: topicIDs) { message += "; menade du '\(closest)'?" }
            diagnostics.append(.error(topic.location, message,
                                      hint: "ämnen måste ha en fil i topics/ (kända: \(Self.list(topicIDs)))"))
        }

        for meeting in content.meetings {
            if content.bodiesByID[meeting.body.value] == nil {
                if !content.isUndecodable("bodies/\(meeting.body.value).md") {
                    diagnostics.append(.error(meeting.body.location, "okänt organ '\(meeting.body.value)' (kända: \(Self.list(bodyIDs)))",
                                              hint: "skriv ett id från bodies/, eller skapa bodies/\(meeting.body.value).md"))
                }
            } else if let problem = fileNameProblem(meeting) {
                // Only against a known body: with an unknown one, renaming the file is not the fix.
                diagnostics.append(problem)
            }
            meeting.topics.forEach(checkTopic)
            for decision in meeting.decisions { decision.topics.forEach(checkTopic) }
            for note in meeting.itemNotes { note.topics.forEach(checkTopic) }
            if let href = meeting.original?.href {
                if let name = Self.filesName(href.value) {
                    if !files.contains(name) {
                        diagnostics.append(.error(href.location, "originalhandlingen '\(href.value)' finns inte",
                                                  hint: "lägg dokumentet i content/files/\(name) eller rätta namnet"))
                    }
                } else {
                    diagnostics.append(.error(href.location, "originalhandlingen '\(href.value)' ska vara en fil under files/",
                                              hint: "t.ex. href: files/2019/2019-08-29-sro.pdf; samverkan import lägger den där"))
                }
            }
            for attachment in meeting.attachments {
                guard let href = attachment.href else { continue }
                if let name = Self.filesName(href.value) {
                    if !files.contains(name) {
                        diagnostics.append(.error(href.location, "bilagan '\(href.value)' finns inte",
                                                  hint: "lägg filen i content/files/\(name) eller rätta namnet"))
                    }
                    continue
                }
                switch LinkTarget(href.value) {
                case .external:
                    if !href.value.hasPrefix("https://") && !href.value.hasPrefix("http://") {
                        diagnostics.append(.error(href.location, "bilagans adress '\(href.value)' är varken en fil eller en https-adress"))
                    }
                default:
                    diagnostics.append(.error(href.location, "bilagans adress '\(href.value)' ska vara en fil under files/ eller en https-adress",
                                              hint: "t.ex. href: files/2024-10-03-sro-presentation.pdf"))
                }
            }
        }
        for milestone in content.milestones {
            if let topic = milestone.topic { checkTopic(topic) }
            if let source = milestone.source, content.meetingsBySlug[source.value] == nil,
               !content.isUndecodableMeeting(source.value) {
                diagnostics.append(.error(source.location, "okänt möte '\(source.value)' som källa",
                                          hint: "skriv mötesfilens namn utan .md, t.ex. 2024-10-03-sro"))
            }
        }
        for page in content.pages where SiteURL.reservedSegments.contains(page.slug) {
            diagnostics.append(.error(SourceLocation(path: page.text.path), "sidan får adressen /\(page.slug)/ som webbplatsen redan använder",
                                      hint: "byt namn på filen (upptagna namn: \(SiteURL.reservedSegments.sorted().joined(separator: ", ")))"))
        }
        return diagnostics
    }

    /// The contract's file name: `meetings/<yyyy>/<yyyy-mm-dd>-<body-id>[-<n>].md`. It is the meeting's URL,
    /// so a name that disagrees with the front matter is an error, not a guess.
    static func fileNameProblem(_ meeting: Meeting) -> Diagnostic? {
        let date = meeting.date, body = meeting.body.value
        let parts = meeting.relativePath.split(separator: "/").map(String.init)
        let expected = "meetings/\(date.year)/\(date)-\(body).md"
        let location = SourceLocation(path: meeting.path)
        guard parts.count == 3, parts[1] == String(date.year) else {
            return .error(location, "mötet ligger i fel mapp för datumet \(date)", hint: "flytta filen till \(expected)")
        }
        let prefix = "\(date)-\(body)"
        let suffix = meeting.slug.hasPrefix(prefix) ? meeting.slug.dropFirst(prefix.count) : nil
        let suffixIsValid = suffix.map { $0.isEmpty || ($0.hasPrefix("-") && $0.count > 1 && $0.dropFirst().allSatisfy(\.isASCIIDigit)) } ?? false
        guard suffixIsValid else {
            return .error(location, "filnamnet '\(meeting.slug).md' stämmer inte med datum och organ i front matter",
                          hint: "döp om filen till \(expected) (eller \(date)-\(body)-2.md för ett andra möte samma dag)")
        }
        return nil
    }

    /// The known ids for a hint: all of them up to `limit`, otherwise the first ones and how many more,
    /// so a hint stays one readable line in an archive of thousands of meetings.
    static func list(_ ids: [String], limit: Int = 12) -> String {
        guard !ids.isEmpty else { return "inga" }
        let sorted = ids.sorted()
        guard sorted.count > limit else { return sorted.joined(separator: ", ") }
        return sorted.prefix(limit).joined(separator: ", ") + " … och \(sorted.count - limit) till"
    }

    /// The name under `content/files/` that a front matter `href` points at, or nil when it points elsewhere.
    static func filesName(_ href: String) -> String? {
        guard case let .site(path, _) = LinkTarget(href), path.hasPrefix("/files/") else { return nil }
        return String(path.dropFirst("/files/".count))
    }
}
