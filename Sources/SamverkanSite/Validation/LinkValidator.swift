import SamverkanLoading
import SamverkanMarkdown
import SamverkanModel

/// Stage 5: checks the rendered texts — every link and anchor resolves, every image has alt text,
/// every decision names an agenda item that exists — and warns where raw HTML was left out.
public enum LinkValidator {
    public static func validate(_ content: SiteContent, _ rendered: RenderedContent) -> [Diagnostic] {
        var anchorsByURL: [String: Set<String>] = [:]
        for page in SiteURL.fixedPages { anchorsByURL[page] = PageAnchors.layoutReserved }
        for meeting in content.meetings {
            anchorsByURL[meeting.url] = (rendered.meetings[meeting.slug]?.anchors ?? [])
                .union(PageAnchors.meetingReserved(decisionCount: meeting.decisions.count))
        }
        for body in content.bodies { anchorsByURL[body.url] = (rendered.bodies[body.id]?.anchors ?? []).union(PageAnchors.bodyReserved) }
        for topic in content.topics { anchorsByURL[topic.url] = (rendered.topics[topic.id]?.anchors ?? []).union(PageAnchors.topicReserved) }
        for meeting in content.meetings {
            for decision in meeting.decisions {
                if let assignment = decision.assignment { anchorsByURL[assignment.url] = PageAnchors.layoutReserved }
            }
        }
        for page in content.pages { anchorsByURL[page.url] = (rendered.pages[page.slug]?.anchors ?? []).union(PageAnchors.layoutReserved) }
        let files = Set(content.files.map { SiteURL.file($0) })
        // Pages of files that failed to decode: already reported, so links to them are not.
        let undecodableURLs = Set(content.undecodable.compactMap { path -> String? in
            guard case let .site(url, _) = LinkTarget.fromContentPath(path, anchor: nil) else { return nil }
            return url
        })

        var diagnostics: [Diagnostic] = []
        let documents = Array(rendered.meetings.values) + Array(rendered.bodies.values)
            + Array(rendered.topics.values) + Array(rendered.pages.values)
        for document in documents {
            let ownAnchors = document.anchors
            for link in document.links {
                let location = SourceLocation(path: document.source.path, line: document.source.firstLine + link.line - 1,
                                              column: link.column)
                if link.isImage, link.text.trimmingCharacters(in: .whitespaces).isEmpty {
                    diagnostics.append(.error(location, "bilden '\(link.destination)' saknar alt-text",
                                              hint: "beskriv bilden mellan hakparenteserna: ![Beskrivning](bild.png)"))
                }
                let target = link.target
                if case let .site(path, _) = target, undecodableURLs.contains(path) { continue }
                if let problem = problem(with: target, ownAnchors: ownAnchors,
                                         anchorsByURL: anchorsByURL, files: files) {
                    diagnostics.append(.error(location, "länken '\(link.destination)': \(problem.message)", hint: problem.hint))
                }
            }
            for line in document.rawHTMLLines {
                diagnostics.append(.warning(
                    SourceLocation(path: document.source.path, line: document.source.firstLine + line - 1, column: 1),
                    "HTML i texten visas inte på webbplatsen", hint: "skriv med Markdown i stället"))
            }
        }
        for meeting in content.meetings {
            diagnostics += decisionItemProblems(meeting, rendered.meetings[meeting.slug])
        }
        return diagnostics
    }

    private static func problem(with target: LinkTarget, ownAnchors: Set<String>, anchorsByURL: [String: Set<String>],
                                files: Set<String>) -> (message: String, hint: String?)? {
        switch target {
        case .external:
            return nil
        case let .unsafe(scheme):
            return ("länkar med \(scheme): tas bort av säkerhetsskäl", "länka till en webbadress som börjar med https://")
        case let .invalid(reason):
            return (reason, "skriv en adress på webbplatsen (/organ/sro/) eller en innehållsfil (meetings/2024/2024-10-03-sro.md)")
        case let .sameDocument(anchor):
            return ownAnchors.contains(anchor) || anchor.isEmpty ? nil
                : ("ankaret #\(anchor) finns inte på sidan", "ankare: \(ownAnchors.sorted().joined(separator: ", "))")
        case let .site(path, anchor):
            if path.hasPrefix("/files/") {
                return files.contains(path) ? nil : ("filen finns inte", "lägg filen i content\(path)")
            }
            guard let anchors = anchorsByURL[path] else {
                return ("sidan \(path) finns inte", nil)
            }
            if let anchor, !anchor.isEmpty, !anchors.contains(anchor) {
                return ("ankaret #\(anchor) finns inte på sidan \(path)",
                        "ankare där: \(anchors.subtracting(PageAnchors.layoutReserved).sorted().prefix(12).joined(separator: ", "))")
            }
            return nil
        }
    }

    private static func decisionItemProblems(_ meeting: Meeting, _ text: RenderedMarkdown?) -> [Diagnostic] {
        let items = (text?.headings ?? []).compactMap(\.itemNumber)
        let known = Set(items)
        let listed = items.isEmpty ? "mötet har inga numrerade punkter" : "punkter: \(items.joined(separator: ", "))"
        let decisionProblems = meeting.decisions.compactMap { decision -> Diagnostic? in
            guard let item = decision.item, !known.contains(item.value) else { return nil }
            return .error(item.location, "ställningstagandet hör till punkt \(item.value), som inte finns i dagordningen (\(listed))",
                          hint: "rätta item, eller skriv rubriken ## \(item.value). … i texten")
        }
        let noteProblems = meeting.itemNotes.compactMap { note -> Diagnostic? in
            guard !known.contains(note.item.value) else { return nil }
            return .error(note.item.location, "items nämner punkt \(note.item.value), som inte finns i dagordningen (\(listed))",
                          hint: "rätta item, eller skriv rubriken ## \(note.item.value). … i texten")
        }
        return decisionProblems + noteProblems
    }
}

import Foundation
