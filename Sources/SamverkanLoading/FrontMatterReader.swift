import SamverkanModel

/// Reads typed fields out of a front-matter mapping, collecting a diagnostic for every field
/// that is missing, of the wrong shape or unknown, with the line and column it was written at.
package struct FrontMatterReader {
    let path: String
    /// Added to a node's line to get the file line.
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, yamlFirstLine: Int) {
        self.path = path
        self.lineOffset = yamlFirstLine - 1
    }

    /// The fields of one mapping, by name.
    struct Fields {
        var values: [String: YAMLNode]
        /// Where the mapping is: missing fields are reported here.
        var location: SourceLocation

        subscript(key: String) -> YAMLNode? {
            guard let value = values[key], !value.isNull else { return nil }
            return value
        }
    }

    func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(path: path, line: node.line + lineOffset, column: node.column)
    }

    mutating func error(_ node: YAMLNode, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(location(of: node), message, hint: hint))
    }

    mutating func error(at location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(location, message, hint: hint))
    }

    mutating func warning(_ node: YAMLNode, _ message: String, hint: String? = nil) {
        diagnostics.append(.warning(location(of: node), message, hint: hint))
    }

    /// The fields of a mapping. Unknown names are warnings that name the closest known field.
    mutating func fields(of node: YAMLNode, known: [String], what: String) -> Fields? {
        guard case let .mapping(pairs) = node.kind else {
            error(node, "\(what) ska vara fält med namn och värde (namn: värde)")
            return nil
        }
        var values: [String: YAMLNode] = [:]
        for pair in pairs {
            guard case let .scalar(name, _) = pair.key.kind else {
                error(pair.key, "ett fältnamn ska vara ett ord, som title")
                continue
            }
            if values[name] != nil {
                error(pair.key, "fältet '\(name)' står två gånger", hint: "ta bort det ena")
                continue
            }
            values[name] = pair.value
            if !known.contains(name) {
                var message = "okänt fält '\(name)' i \(what)"
                if let closest = Self.closest(to: name, among: known) {
                    message += "; menade du '\(closest)'?"
                }
                diagnostics.append(.warning(location(of: pair.key), message,
                                            hint: "kända fält: \(known.joined(separator: ", "))"))
            }
        }
        return Fields(values: values, location: location(of: node))
    }

    // MARK: Scalars

    mutating func string(_ fields: Fields, _ key: String, required: Bool = false, example: String = "") -> String? {
        guard let node = fields[key] else {
            if required { missing(fields, key, example: example) }
            return nil
        }
        guard case let .scalar(text, _) = node.kind else {
            error(node, "fältet '\(key)' ska vara en text, inte en lista eller fält")
            return nil
        }
        let trimmed = text.trimmingWhiteSpace()
        guard !trimmed.isEmpty else {
            if required { error(node, "fältet '\(key)' är tomt") }
            return nil
        }
        return trimmed
    }

    mutating func located(_ fields: Fields, _ key: String, required: Bool = false, example: String = "") -> Located<String>? {
        guard let text = string(fields, key, required: required, example: example), let node = fields[key] else { return nil }
        return Located(text, at: location(of: node))
    }

    mutating func date(_ fields: Fields, _ key: String, required: Bool = false) -> CalendarDate? {
        guard let text = string(fields, key, required: required, example: "2024-10-03"), let node = fields[key] else { return nil }
        guard let date = CalendarDate(iso: text) else {
            error(node, "ogiltigt datum '\(text)' i fältet '\(key)'",
                  hint: "skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2024-10-03")
            return nil
        }
        guard CalendarDate.publishable.contains(date) else {
            outOfRange(node, text, key)
            return nil
        }
        return date
    }

    /// A date whose year has no four digits, or whose next day has none (9999-12-31): no address
    /// `/moten/<yyyy>/`, calendar or feed can carry it.
    private mutating func outOfRange(_ node: YAMLNode, _ text: String, _ key: String) {
        let range = CalendarDate.publishable
        error(node, "datumet '\(text)' i fältet '\(key)' ligger utanför det webbplatsen kan publicera",
              hint: "skriv ett datum från \(range.lowerBound) till \(range.upperBound); kontrollera årtalet")
    }

    mutating func partialDate(_ fields: Fields, _ key: String, required: Bool = false) -> PartialDate? {
        guard let text = string(fields, key, required: required, example: "2025-01-31"), let node = fields[key] else { return nil }
        guard let date = PartialDate(iso: text) else {
            error(node, "ogiltigt datum '\(text)' i fältet '\(key)'",
                  hint: "skriv ÅÅÅÅ-MM-DD, eller \"ÅÅÅÅ-MM\" när bara månaden är känd")
            return nil
        }
        guard CalendarDate.publishable.contains(date.firstDay), CalendarDate.publishable.contains(date.lastDay) else {
            outOfRange(node, text, key)
            return nil
        }
        return date
    }

    mutating func time(_ fields: Fields, _ key: String) -> ClockTime? {
        guard let text = string(fields, key), let node = fields[key] else { return nil }
        guard let time = ClockTime(text: text) else {
            error(node, "ogiltig tid '\(text)' i fältet '\(key)'", hint: "skriv tider som \"TT:MM\", t.ex. \"13:00\"")
            return nil
        }
        return time
    }

    mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
        guard let text = string(fields, key), let node = fields[key] else { return nil }
        switch text.lowercased() {
        case "true", "yes", "ja": return true
        case "false", "no", "nej": return false
        default:
            error(node, "fältet '\(key)' ska vara true eller false, inte '\(text)'")
            return nil
        }
    }

    mutating func integer(_ fields: Fields, _ key: String) -> Int? {
        guard let text = string(fields, key), let node = fields[key] else { return nil }
        guard let value = Int(text) else {
            error(node, "fältet '\(key)' ska vara ett heltal, inte '\(text)'")
            return nil
        }
        return value
    }

    mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ fields: Fields, _ key: String, required: Bool = false
    ) -> Choice? where Choice.RawValue == String {
        let allowed = Choice.allCases.map(\.rawValue)
        guard let text = string(fields, key, required: required, example: allowed[0]), let node = fields[key] else { return nil }
        guard let value = Choice(rawValue: text) else {
            error(node, "okänt värde '\(text)' i fältet '\(key)'",
                  hint: "tillåtna värden: \(allowed.joined(separator: ", "))")
            return nil
        }
        return value
    }

    /// A list of texts: `[a, b]`, a block list, or a single text.
    mutating func stringList(_ fields: Fields, _ key: String) -> [Located<String>] {
        guard let node = fields[key] else { return [] }
        switch node.kind {
        case let .scalar(text, _):
            return [Located(text.trimmingWhiteSpace(), at: location(of: node))]
        case let .sequence(items):
            return items.compactMap { item in
                guard case let .scalar(text, _) = item.kind, !item.isNull else {
                    error(item, "varje värde i '\(key)' ska vara en text")
                    return nil
                }
                return Located(text.trimmingWhiteSpace(), at: location(of: item))
            }
        case .mapping:
            error(node, "fältet '\(key)' ska vara en lista, t.ex. [a, b]")
            return []
        }
    }

    /// The items of a list field of mappings (participants, decisions …).
    mutating func list(_ fields: Fields, _ key: String) -> [YAMLNode] {
        guard let node = fields[key] else { return [] }
        guard case let .sequence(items) = node.kind else {
            error(node, "fältet '\(key)' ska vara en lista där varje post börjar med -")
            return []
        }
        return items
    }

    mutating func missing(_ fields: Fields, _ key: String, example: String) {
        let hint = example.isEmpty ? nil : "lägg till t.ex. \(key): \(example)"
        error(at: fields.location, "obligatoriskt fält '\(key)' saknas", hint: hint)
    }

    // MARK: Closest name

    package static func closest(to name: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(name.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
        return best.1 <= max(2, name.count / 2) ? best.0 : nil
    }

    package static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

import Foundation
