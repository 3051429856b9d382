import Yams

/// `FrontMatterParser` on Yams' composer: nodes with marks, no Codable, no type guessing.
public struct YamsFrontMatterParser: FrontMatterParser {
    public init() {}

    public func parse(_ yaml: String) throws(YAMLSyntaxError) -> YAMLNode? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Self.syntaxError(from: error)
        } catch {
            throw YAMLSyntaxError(line: 0, column: 0, problem: "\(error)")
        }
        return try node.map { node throws(YAMLSyntaxError) in try convert(node) }
    }

    private func convert(_ node: Node) throws(YAMLSyntaxError) -> YAMLNode {
        let line = node.mark?.line ?? 0
        let column = node.mark?.column ?? 0
        switch node {
        case let .scalar(scalar):
            return YAMLNode(.scalar(scalar.string, isPlain: scalar.style == .plain), line: line, column: column)
        case let .mapping(mapping):
            var pairs: [YAMLPair] = []
            for (key, value) in mapping {
                pairs.append(YAMLPair(key: try convert(key), value: try convert(value)))
            }
            return YAMLNode(.mapping(pairs), line: line, column: column)
        case let .sequence(sequence):
            var items: [YAMLNode] = []
            for item in sequence {
                items.append(try convert(item))
            }
            return YAMLNode(.sequence(items), line: line, column: column)
        case .alias:
            throw YAMLSyntaxError(line: line, column: column,
                                  problem: "YAML-alias (*namn) används inte i innehållsfiler; skriv ut värdet")
        }
    }

    private static func syntaxError(from error: YamlError) -> YAMLSyntaxError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            // The context mark is where the broken construct began — usually where the mistake is.
            let place = context?.mark ?? mark
            return YAMLSyntaxError(line: place.line, column: place.column, problem: detail)
        case let .reader(problem, _, _, _):
            return YAMLSyntaxError(line: 0, column: 0, problem: problem)
        default:
            return YAMLSyntaxError(line: 0, column: 0, problem: "\(error)")
        }
    }
}
