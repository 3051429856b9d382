@testable import SamverkanLoading
@testable import SamverkanMarkdown
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// One Mustache tag of a template file, with the line it starts on.
struct TemplateTag: Equatable {
    enum Kind: Equatable {
        /// `{{name}}`, `{{{name}}}`, `{{&name}}`.
        case variable
        /// `{{#name}}`.
        case section
        /// `{{^name}}`.
        case invertedSection
        /// `{{/name}}`.
        case close
        /// `{{>name}}`.
        case partial
        /// `{{<name}}`: the template extends `name`.
        case parent
        /// `{{$name}}`: a block a parent template fills in.
        case block
        /// `{{!…}}`.
        case comment
        /// `{{=<% %>=}}`: not used by the project, and not followed by the scanner.
        case delimiters
    }

    var kind: Kind
    /// The name as written, transforms included: `empty(layout.breadcrumbs)`.
    var text: String
    /// The line of the file the tag starts on, from 1.
    var line: Int

    /// The name Mustache looks up in the context: `layout.breadcrumbs` for `empty(layout.breadcrumbs)`,
    /// `""` for `last()` (a transform of the list being repeated).
    var lookedUpName: String {
        guard let open = text.lastIndex(of: "(") else { return text }
        let argument = text[text.index(after: open)...]
        return String(argument.prefix { $0 != ")" })
    }
}
