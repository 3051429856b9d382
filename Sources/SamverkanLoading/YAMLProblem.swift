import SamverkanModel

/// libyaml's English problem texts in words a communicator understands, with the original kept
/// in parentheses for whoever needs to search for it.
enum YAMLProblem {
    static let explanations: [(fragment: String, swedish: String)] = [
        ("did not find expected ',' or ']'", "en lista som börjar med [ avslutas aldrig med ]"),
        ("did not find expected ',' or '}'", "en grupp som börjar med { avslutas aldrig med }"),
        ("mapping values are not allowed", "ett kolon på fel ställe; sätt text som innehåller kolon inom citattecken"),
        ("did not find expected key", "fel indrag; fälten i en lista eller grupp ska stå rakt under varandra"),
        ("could not find expected ':'", "kolon saknas efter ett fältnamn"),
        ("found character that cannot start any token", "ett tecken som inte får inleda ett värde; sätt värdet inom citattecken"),
        ("found unexpected end of stream", "ett citattecken stängs aldrig"),
        ("did not find expected '-' indicator", "fel indrag i en lista; varje post ska börja med - på samma indrag"),
        ("found a tab character", "tabbtecken i indraget; använd mellanslag"),
        ("Maximum nesting level reached", "listor och grupper i för många nivåer inuti varandra"),
    ]

    /// The first line whose value opens a quote it does not close (`title: "Mötesanteckning`), as
    /// (line within the YAML, column of the quote), both 1-based. libyaml reads such a value on into
    /// the following lines and reports the error where it gives up, often at the block's start, so
    /// when parsing failed this line is the better place to point at.
    static func unclosedQuote(in yaml: String) -> (line: Int, column: Int)? {
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let characters = Array(line)
            var start: Int?
            for (position, character) in characters.enumerated() where character == "\"" || character == "'" {
                let before = characters[..<position].reversed().drop { $0 == " " }
                if before.first == ":" || before.first == "-" { start = position }
                break
            }
            guard let open = start else { continue }
            let quote = characters[open]
            var closed = false
            var position = open + 1
            while position < characters.count {
                let character = characters[position]
                if quote == "\"", character == "\\" {
                    position += 2
                    continue
                }
                if character == quote {
                    if quote == "'", position + 1 < characters.count, characters[position + 1] == "'" {
                        position += 2
                        continue
                    }
                    closed = true
                    break
                }
                position += 1
            }
            if !closed { return (index + 1, open + 1) }
        }
        return nil
    }

    static func describe(_ problem: String) -> String {
        guard let match = explanations.first(where: { problem.contains($0.fragment) }) else { return problem }
        return "\(match.swedish) (\(problem))"
    }
}
