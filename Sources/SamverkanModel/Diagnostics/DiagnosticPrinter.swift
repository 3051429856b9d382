import Foundation

/// Writes diagnostics for people (one line each, as compilers do, so editors can jump to them),
/// for tools (JSON) and for GitHub Actions (workflow annotations on the changed lines).
public enum DiagnosticPrinter {
    public enum Format: String, Sendable, CaseIterable {
        case text
        case json
        case github
    }

    /// Every diagnostic on its own line, sorted by place, then a count.
    public static func report(_ diagnostics: DiagnosticList) -> String {
        let sorted = diagnostics.sorted
        guard !sorted.isEmpty else { return "" }
        var lines = sorted.map(\.description)
        lines.append(count(sorted))
        return lines.joined(separator: "\n") + "\n"
    }

    /// "2 fel, 1 varning"; empty when there is nothing.
    public static func count(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count - errors
        var summary: [String] = []
        if errors > 0 { summary.append(errors == 1 ? "1 fel" : "\(errors) fel") }
        if warnings > 0 { summary.append(warnings == 1 ? "1 varning" : "\(warnings) varningar") }
        return summary.joined(separator: ", ")
    }

    /// The JSON document of `--format json`, version 1:
    /// `{"version":1,"ok":…,"errors":n,"warnings":n,"diagnostics":[{"path","line","column","severity","message","hint"}]}`.
    /// `line` and `column` are 0 when not known; `hint` is left out when there is none.
    public static func json(_ diagnostics: DiagnosticList, succeeded: Bool, summary: [String: Int] = [:]) -> String {
        let sorted = diagnostics.sorted
        var document: [String: Any] = [
            "version": 1,
            "ok": succeeded,
            "errors": sorted.count { $0.severity == .error },
            "warnings": sorted.count { $0.severity == .warning },
            "diagnostics": sorted.map { diagnostic -> [String: Any] in
                var item: [String: Any] = [
                    "path": diagnostic.location.path, "line": diagnostic.location.line,
                    "column": diagnostic.location.column, "severity": diagnostic.severity.rawValue,
                    "message": diagnostic.message,
                ]
                if let hint = diagnostic.hint { item["hint"] = hint }
                return item
            },
        ]
        if !summary.isEmpty { document["summary"] = summary }
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=samverkan::message — hint`.
    public static func github(_ diagnostics: DiagnosticList) -> String {
        diagnostics.sorted.map { diagnostic in
            var properties = ["file=" + escapeProperty(diagnostic.location.path)]
            if diagnostic.location.line > 0 { properties.append("line=\(diagnostic.location.line)") }
            if diagnostic.location.column > 0 { properties.append("col=\(diagnostic.location.column)") }
            properties.append("title=samverkan")
            var message = diagnostic.message
            if let hint = diagnostic.hint { message += " — " + hint }
            return "::\(diagnostic.severity.rawValue) \(properties.joined(separator: ","))::\(escapeData(message))\n"
        }.joined()
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
