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

    static func describe(_ problem: String) -> String {
        guard let match = explanations.first(where: { problem.contains($0.fragment) }) else { return problem }
        return "\(match.swedish) (\(problem))"
    }
}
