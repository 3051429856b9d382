import SamverkanModel

/// What the import read out of a minutes document: the meeting's front matter and its Markdown,
/// with the warnings attached to the parts they are about, so they can name their lines.
struct MeetingDraft: Sendable {
    struct Member: Sendable, Equatable {
        var name: String
        var party: String?
        var org: String?
        var role: String?
        var absent = false
        var replacedBy: String?
    }

    struct Group: Sendable, Equatable {
        var name: String
        var members: [Member] = []
    }

    struct DraftDecision: Sendable, Equatable {
        /// `8`, `3d`; nil before the first item.
        var item: String?
        var kind: Decision.Kind
        var text: String
    }

    /// A Markdown block of the body: an item heading, a sub-item heading, or text.
    enum Block: Sendable, Equatable {
        case item(number: Int, title: String)
        case subItem(letter: Character, title: String)
        /// Markdown lines, written as they are (a paragraph, a list, a table).
        case text([String])
    }

    /// What a warning is about: where the writer puts it in the file.
    enum Anchor: Sendable, Hashable {
        case file
        case field(String)
        case member(group: Int, member: Int)
        case decision(Int)
        case block(Int)
    }

    struct Warning: Sendable, Equatable {
        var anchor: Anchor
        var message: String
        var hint: String?
    }

    var title: String?
    var date: CalendarDate?
    var start: String?
    var end: String?
    var location: String?
    var format: String?
    var groups: [Group] = []
    var secretary: String?
    var decisions: [DraftDecision] = []
    var blocks: [Block] = []
    var warnings: [Warning] = []
    /// `original:`: the document under `content/files/` (`files/2019/2019-08-29-sro.pdf`) and how
    /// its text was taken.
    var original: (href: String, method: MeetingOriginal.Method)?

    mutating func warn(_ anchor: Anchor, _ message: String, hint: String? = nil) {
        warnings.append(Warning(anchor: anchor, message: message, hint: hint))
    }
}
