import CYaml
import SamverkanModel

/// `FrontMatterParser` on the libyaml that Yams bundles, read as a stream of events straight into
/// `YAMLNode`s: no Codable, no type guessing, and no node tree of Yams' own in between.
///
/// Reading events is what makes hostile YAML harmless: an anchor (`&a`) or alias (`*a`) is refused
/// at the event that names it, before anything is expanded (a few hundred bytes of nested aliases
/// would otherwise expand to gigabytes); nesting, node count and size are bounded; a key written
/// twice in one mapping is reported at the second one. Every libyaml call is in this file.
public struct YamsFrontMatterParser: FrontMatterParser {
    /// Front matter larger than this is refused before parsing.
    public static let maximumBytes = 1 << 20
    /// Mappings and lists inside each other deeper than this are refused.
    public static let maximumDepth = 32
    /// More values than this in one file are refused.
    public static let maximumNodes = 200_000

    public init() {}

    public func parse(_ yaml: String) throws(YAMLSyntaxError) -> YAMLNode? {
        guard yaml.utf8.count <= Self.maximumBytes else {
            throw YAMLSyntaxError(line: 1, column: 1,
                                  problem: "fälten är större än \(Self.maximumBytes / (1 << 20)) MB; dela upp innehållet")
        }
        var copy = yaml
        let result = copy.withUTF8 { buffer -> Result<YAMLNode?, YAMLSyntaxError> in
            var reader = EventReader(buffer)
            defer { reader.close() }
            do throws(YAMLSyntaxError) {
                return .success(try reader.document())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// One libyaml parser over a UTF-8 buffer, turning its events into `YAMLNode`s.
///
/// The parser lives at a fixed heap address: libyaml keeps a pointer to the parser inside itself
/// (its read handler's data), so a `yaml_parser_t` held in a Swift value, which moves, would leave
/// that pointer dangling (found by the fuzzer under AddressSanitizer).
private struct EventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var nodeCount = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
    }

    func close() {
        yaml_parser_delete(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
    }

    /// The single document's root, or nil for an empty stream.
    mutating func document() throws(YAMLSyntaxError) -> YAMLNode? {
        var event = try next()  // stream start
        event.delete()
        event = try next()
        if event.type == YAML_STREAM_END_EVENT {
            event.delete()
            return nil
        }
        event.delete()  // document start
        event = try next()
        let root = try node(from: &event, depth: 0)
        event = try next()  // document end
        event.delete()
        event = try next()
        defer { event.delete() }
        if event.type != YAML_STREAM_END_EVENT {
            throw YAMLSyntaxError(line: event.line, column: event.column,
                                  problem: "mer än ett YAML-dokument; bara ett block med fält är tillåtet")
        }
        return root
    }

    private mutating func next() throws(YAMLSyntaxError) -> Event {
        var event = Event()
        guard yaml_parser_parse(parser, &event.raw) == 1 else { throw syntaxError() }
        return event
    }

    /// Consumes the node that starts with `event` (which it deletes), with everything inside it.
    private mutating func node(from event: inout Event, depth: Int) throws(YAMLSyntaxError) -> YAMLNode {
        defer { event.delete() }
        let line = event.line
        let column = event.column
        nodeCount += 1
        guard nodeCount <= YamsFrontMatterParser.maximumNodes else {
            throw YAMLSyntaxError(line: line, column: column,
                                  problem: "fler än \(YamsFrontMatterParser.maximumNodes) värden; dela upp innehållet")
        }
        if event.type == YAML_ALIAS_EVENT {
            throw YAMLSyntaxError(line: line, column: column,
                                  problem: "YAML-alias (*namn) används inte i innehållsfiler; skriv ut värdet")
        }
        if event.hasAnchor {
            throw YAMLSyntaxError(line: line, column: column,
                                  problem: "YAML-ankare (&namn) används inte i innehållsfiler; skriv ut värdet")
        }
        switch event.type {
        case YAML_SCALAR_EVENT:
            let text = event.scalarText
            // Escapes in quoted values ("\f", "\x01", "\r") could put into the site what the file's
            // own bytes may not hold: characters that break XML, iCalendar and robots.txt.
            if let control = text.unicodeScalars.first(where: ControlCharacters.isForbidden) {
                throw YAMLSyntaxError(line: line, column: column,
                                      problem: "värdet innehåller styrtecknet \(ControlCharacters.name(control)); ta bort det")
            }
            return YAMLNode(.scalar(text, isPlain: event.raw.data.scalar.style == YAML_PLAIN_SCALAR_STYLE),
                            line: line, column: column)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard depth < YamsFrontMatterParser.maximumDepth else {
                throw YAMLSyntaxError(line: line, column: column,
                                      problem: "listor och grupper i fler än \(YamsFrontMatterParser.maximumDepth) nivåer")
            }
            return event.type == YAML_SEQUENCE_START_EVENT
                ? try sequence(line: line, column: column, depth: depth + 1)
                : try mapping(line: line, column: column, depth: depth + 1)
        default:
            throw YAMLSyntaxError(line: line, column: column, problem: "oväntad YAML-händelse")
        }
    }

    private mutating func sequence(line: Int, column: Int, depth: Int) throws(YAMLSyntaxError) -> YAMLNode {
        var items: [YAMLNode] = []
        while true {
            var event = try next()
            if event.type == YAML_SEQUENCE_END_EVENT {
                event.delete()
                return YAMLNode(.sequence(items), line: line, column: column)
            }
            items.append(try node(from: &event, depth: depth))
        }
    }

    private mutating func mapping(line: Int, column: Int, depth: Int) throws(YAMLSyntaxError) -> YAMLNode {
        var pairs: [YAMLPair] = []
        // Most mappings (a participant, a decision) have a handful of keys: a look back over them
        // finds a repeated key without a set per mapping; a set takes over for long ones.
        var keys: Set<String>?
        while true {
            var event = try next()
            if event.type == YAML_MAPPING_END_EVENT {
                event.delete()
                return YAMLNode(.mapping(pairs), line: line, column: column)
            }
            let key = try node(from: &event, depth: depth)
            if case let .scalar(text, _) = key.kind, Self.repeats(text, in: pairs, keys: &keys) {
                throw YAMLSyntaxError(line: key.line, column: key.column,
                                      problem: "fältet '\(text)' står två gånger; ta bort det ena")
            }
            var valueEvent = try next()
            pairs.append(YAMLPair(key: key, value: try node(from: &valueEvent, depth: depth)))
        }
    }

    /// True when `text` is already a key of `pairs`.
    private static func repeats(_ text: String, in pairs: [YAMLPair], keys: inout Set<String>?) -> Bool {
        if keys == nil, pairs.count < 16 {
            return pairs.contains { if case let .scalar(written, _) = $0.key.kind { written == text } else { false } }
        }
        if keys == nil {
            keys = Set(pairs.compactMap { if case let .scalar(written, _) = $0.key.kind { written } else { nil } })
        }
        return keys?.insert(text).inserted == false
    }

    /// libyaml's problem, at the place where the broken construct began when libyaml names one.
    private func syntaxError() -> YAMLSyntaxError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "okänt fel"
        let context = state.context.map { String(cString: $0) }
        let detail = [context, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        switch state.error {
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let mark = state.context == nil ? state.problem_mark : state.context_mark
            return YAMLSyntaxError(line: Int(mark.line) + 1, column: Int(mark.column) + 1, problem: detail)
        default:
            return YAMLSyntaxError(line: 0, column: 0, problem: detail)
        }
    }
}

/// One libyaml event; `delete()` frees what libyaml allocated for it.
private struct Event {
    var raw = yaml_event_t()

    var type: yaml_event_type_t { raw.type }
    var line: Int { Int(raw.start_mark.line) + 1 }
    var column: Int { Int(raw.start_mark.column) + 1 }

    var hasAnchor: Bool {
        switch raw.type {
        case YAML_SCALAR_EVENT: raw.data.scalar.anchor != nil
        case YAML_SEQUENCE_START_EVENT: raw.data.sequence_start.anchor != nil
        case YAML_MAPPING_START_EVENT: raw.data.mapping_start.anchor != nil
        default: false
        }
    }

    var scalarText: String {
        guard let value = raw.data.scalar.value else { return "" }
        let buffer = UnsafeBufferPointer(start: value, count: Int(raw.data.scalar.length))
        return String(decoding: buffer, as: UTF8.self)
    }

    mutating func delete() {
        yaml_event_delete(&raw)
    }
}
