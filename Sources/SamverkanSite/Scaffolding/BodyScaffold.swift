import SamverkanLoading
import SamverkanModel

/// `samverkan new body`: the file of a new body with the fields the contract requires (`name`,
/// `kind`) and an `order` that lists it last, each field explained in a comment, and commented
/// examples of the optional ones (`short`, `parties`).
public enum BodyScaffold {
    public struct Request: Sendable, Hashable {
        /// The id and file name: lower-case a–z, digits and `-`.
        public var id: String
        /// Defaults to the id in words: `arbetsgrupp-lakemedel` → "Arbetsgrupp lakemedel".
        public var name: String?
        public var short: String?
        /// `politisk`, `tjänsteperson` or `arbetsgrupp` (the default).
        public var kind: String?

        public init(id: String, name: String? = nil, short: String? = nil, kind: String? = nil) {
            self.id = id
            self.name = name
            self.short = short
            self.kind = kind
        }
    }

    public static func make(_ request: Request, content: SiteContent,
                            contentDirectory: String) -> (ScaffoldedFile?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let id = request.id
        if !Identifier.isValid(id) {
            var hint = Identifier.rule
            if let suggestion = suggestedID(id), suggestion != id { hint += ", t.ex. \(suggestion)" }
            diagnostics.append(.error(SourceLocation(path: "<id>"), "ogiltigt id '\(id)' för ett organ", hint: hint))
        }
        let kindText = request.kind?.trimmingCharacters(in: .whitespaces).lowercased() ?? Body.Kind.workingGroup.rawValue
        let kind = Body.Kind(rawValue: kindText)
        if kind == nil {
            let allowed = Body.Kind.allCases.map(\.rawValue)
            var message = "okänd typ '\(request.kind ?? "")' för ett organ"
            if let closest = FrontMatterReader.closest(to: kindText, among: allowed) { message += "; menade du '\(closest)'?" }
            diagnostics.append(.error(SourceLocation(input: .kind), message, hint: "tillåtna värden: \(allowed.joined(separator: ", "))"))
        }
        let name = request.name.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? defaultName(id)
        if name.isEmpty {
            diagnostics.append(.error(SourceLocation(input: .name), "namnet är tomt",
                                      hint: "skriv organets hela namn, t.ex. \"Arbetsgrupp läkemedel\""))
        }
        let short = request.short.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        guard let kind, diagnostics.isEmpty else { return (nil, diagnostics) }

        let relativePath = "bodies/\(id).md"
        let path = join(contentDirectory, relativePath)
        let whenExists = ExistingFile.diagnostic(path, hint: "redigera den i stället, eller välj ett annat id")
        if content.bodiesByID[id] != nil || content.isUndecodable(relativePath) { return (nil, [whenExists]) }

        let order = (content.bodies.compactMap(\.order).max() ?? 0) + 1
        var lines = ["---", "# Organets fält; en rad som börjar med # är ett exempel: ta bort # för att använda den.",
                     "# Hela namnet, som det står i rubriker. Krävs.",
                     "name: \(YAMLText.scalar(name))",
                     "# Kort namn, i listor och mötestitlar. Förval: inget (hela namnet används)."]
        lines.append(short.map { "short: \(YAMLText.scalar($0))" } ?? "# short: SRO")
        lines += ["# politisk, tjänsteperson eller arbetsgrupp. Krävs.",
                  "kind: \(YAMLText.scalar(kind.rawValue))",
                  "# Parterna som organet samlar. Förval: inga.",
                  "# parties: [Regionen, Kommunförbundet]",
                  "# Plats i listan över organ (lägst först). Förval: efter de numrerade, i namnordning.",
                  "order: \(order)",
                  "# Under raden --- nedan: vad organet är, dess uppdrag och hur ofta det möts (Markdown).",
                  "---"]
        let note = "name: \(name), kind: \(kind.rawValue); skriv organets beskrivning under front matter"
        return (ScaffoldedFile(relativePath: relativePath, path: path, text: lines.joined(separator: "\n") + "\n",
                               note: note, whenExists: whenExists), [])
    }

    /// `arbetsgrupp-lakemedel` → "Arbetsgrupp lakemedel".
    static func defaultName(_ id: String) -> String {
        let words = id.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// A valid id made from what was written: "Arbetsgrupp Läkemedel" → `arbetsgrupp-lakemedel`.
    static func suggestedID(_ written: String) -> String? {
        var result = ""
        for character in written.lowercased().folding(options: .diacriticInsensitive, locale: nil) {
            if character.isASCII, character.isLetter || character.isNumber {
                result.append(character)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? nil : result
    }
}

import Foundation
