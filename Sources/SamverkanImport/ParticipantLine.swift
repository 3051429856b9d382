import Foundation

/// One line of a participant list: `Marina Johansson (S), Göteborgsregionen, vice ordförande`,
/// `Babbs Edberg, Göteborgs stad (förhindrad)`, `Annica Hemberg, Uddevalla kommun (ersätter Karin
/// Hallberg och Malin Normann)`, `Kristina Lännergren, direktör Västkom`, or a bare name.
enum ParticipantLine {
    /// Words that join a name without a capital: `Paula vom Hofe`, `Ebba af Klint`.
    static let nameParticles: Set<String> = ["af", "av", "von", "vom", "van", "de", "der", "la", "du", "di", "da", "bin", "el"]
    /// Words that make a capitalised pair an organisation, not a person.
    static let organisationWords = ["region", "kommun", "stad", "förbund", "västkom", "sjukhus", "götaland", "sjukvård",
                                    "hälsan", "förvaltning", "vgr", "styrelse", "nämnd", "vårdgivare", "universitet"]

    /// A member read from the line, or nil when the line does not start with a person's name.
    static func member(_ line: String) -> MeetingDraft.Member? {
        var text = line.trimmingSpaces()
        while text.hasSuffix(".") || text.hasSuffix(";") { text.removeLast() }
        var absent = false
        var replaces: String?
        // Brackets that say something about attendance, anywhere in the line.
        for bracket in brackets(in: text) {
            let inner = bracket.dropFirst().dropLast().trimmingSpaces()
            let lower = inner.lowercased()
            if ["förhindrad", "frånvarande", "ej närvarande", "anmält förhinder", "förhinder"].contains(lower) {
                absent = true
                text = text.replacingFirst(bracket, with: "")
            } else if lower.hasPrefix("ersätter ") {
                replaces = String(inner)
                text = text.replacingFirst(bracket, with: "")
            }
        }
        text = text.collapsingSpaces()
        var segments = text.split(separator: ",", omittingEmptySubsequences: true).map { $0.trimmingSpaces() }
        guard var first = segments.first else { return nil }
        segments.removeFirst()
        // `Name (S)`, `Name (S) Skaraborg`
        var party: String?
        if let open = first.firstIndex(of: "("), let close = first[open...].firstIndex(of: ")") {
            let inside = first[first.index(after: open)..<close].trimmingSpaces()
            if isParty(inside) {
                party = inside.uppercased() == inside ? inside : inside.uppercased()
                let after = first[first.index(after: close)...].trimmingSpaces()
                first = first[..<open].trimmingSpaces()
                if !after.isEmpty { segments.insert(after, at: 0) }
            }
        }
        guard isPersonName(first) else { return nil }
        var member = MeetingDraft.Member(name: first, party: party, absent: absent)
        if let replaces { member.role = replaces }
        var roles: [String] = replaces.map { [$0] } ?? []
        for segment in segments {
            let clean = segment.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "*", with: "").trimmingSpaces()
            guard !clean.isEmpty else { continue }
            if member.org == nil, let firstCharacter = clean.first, firstCharacter.isUppercase, !isRoleWord(clean) {
                member.org = clean
            } else {
                roles.insert(clean, at: roles.count - (replaces == nil ? 0 : 1))
            }
        }
        member.role = roles.isEmpty ? nil : roles.joined(separator: ", ")
        return member
    }

    /// Two to five words, each starting with a capital (or a particle), at most 60 characters, no digits.
    static func isPersonName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count), text.count <= 60, !text.contains(where: \.isNumber) else { return false }
        for (index, word) in words.enumerated() {
            guard let first = word.first else { return false }
            if first.isUppercase, word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }) {
                if word.count > 1, word.uppercased() == String(word), word.count <= 4 { return false }  // VGR, NU
                continue
            }
            if index > 0, index < words.count - 1, nameParticles.contains(String(word)) { continue }
            return false
        }
        let lower = text.lowercased()
        return !organisationWords.contains { lower.contains($0) }
    }

    static func isParty(_ text: String) -> Bool {
        let known: Set<String> = ["S", "M", "C", "V", "L", "KD", "MP", "SD", "FP", "DEM", "SJV"]
        return known.contains(text.uppercased())
    }

    /// `direktör Västkom`, `vice ordförande`: starts in lower case, or with a title word.
    static func isRoleWord(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if first.isLowercase { return true }
        let lower = text.lowercased()
        return ["ordförande", "vice ", "direktör", "sekreterare", "mötessekreterare", "förbundsdirektör",
                "processledare", "chef", "beredning", "kommunikatör"].contains { lower.hasPrefix($0) }
    }

    /// A heading inside a participant list: `Kommunpolitiker`, `Tjänstepersoner`, `Övriga deltagare`,
    /// `För Västra Götalandsregionen (VGR)`, `Adjungerade punkt 10 och 11`.
    static func isGroupHeading(_ line: String) -> Bool {
        let text = line.trimmingSpaces().trimmingCharacters(in: ":")
        guard !text.isEmpty, text.count <= 80, !text.contains(","), let first = text.first, first.isUppercase,
              member(text) == nil else { return false }
        return !text.hasSuffix(".")
    }

    /// Names in a run of text: `A, B och C`, `A; B`, `Maria Berhe, VGR, och Lena Ludvigsson,
    /// representant för kommunalförbunden`: a part that is a name starts a member, other parts
    /// belong to the member before.
    static func members(inList text: String) -> [MeetingDraft.Member] {
        var clean = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "*", with: "").trimmingSpaces()
        while clean.hasSuffix(".") { clean.removeLast() }
        let separators = clean.contains(";") ? [";"] : [","]
        var parts: [String] = []
        for piece in clean.components(separatedBy: separators[0]) {
            for part in piece.components(separatedBy: " och ") {
                let trimmed = part.trimmingSpaces()
                let withoutAnd = trimmed.hasPrefix("och ") ? String(trimmed.dropFirst(4)) : trimmed
                if !withoutAnd.isEmpty { parts.append(withoutAnd) }
            }
        }
        var result: [String] = []
        for part in parts {
            if member(part) != nil || result.isEmpty {
                result.append(part)
            } else {
                result[result.count - 1] += ", " + part
            }
        }
        return result.compactMap { member($0) }
    }

    private static func brackets(in text: String) -> [String] {
        var result: [String] = []
        var current: String?
        for character in text {
            if character == "(" {
                current = "("
            } else if var open = current {
                open.append(character)
                current = open
                if character == ")" {
                    result.append(open)
                    current = nil
                }
            }
        }
        return result
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }

    func trimmingCharacters(in characters: String) -> String {
        var result = Substring(self)
        while let first = result.first, characters.contains(first) || first == " " { result.removeFirst() }
        while let last = result.last, characters.contains(last) || last == " " { result.removeLast() }
        return String(result)
    }
}
