import Foundation
import SamverkanLoading
import SamverkanModel

/// The content folder as every import of a run sees it, read once: its content, the names it knows
/// (for the words of OCR'd text a person must look at) and the originals its meetings name (so a
/// document imported before is known again before it is read, and skipped).
public struct ImportSite: Sendable {
    public var content: SiteContent
    public var contentDirectory: String
    /// Words of the names of participants, secretaries, bodies and topics, lower case.
    var knownWords: Set<String>
    /// The bytes of every original a meeting names, and that meeting's file (`content/meetings/…`).
    var originals: [Data: String]

    public init(content: SiteContent, contentDirectory: String, fileSystem: FileSystem) {
        self.content = content
        self.contentDirectory = contentDirectory
        var names: [String] = []
        for meeting in content.meetings {
            names += meeting.participantGroups.flatMap { $0.members.flatMap { [$0.name, $0.org ?? ""] } }
            names += [meeting.secretary ?? "", meeting.location ?? ""]
        }
        for body in content.bodies { names += [body.id, body.name, body.short ?? ""] + body.parties }
        for topic in content.topics { names += [topic.id, topic.title] }
        knownWords = Set(names.flatMap { SwedishDictionary.words(in: $0, minimumLength: 2) }.map { $0.lowercased() })
        var originals: [Data: String] = [:]
        for meeting in content.meetings {
            guard let original = meeting.original,
                  let bytes = try? fileSystem.readFile(at: join(contentDirectory, original.href.value)) else { continue }
            originals[Data(bytes)] = meeting.path
        }
        self.originals = originals
    }
}
