/// Writes diagnostics the way compilers do, one line each, so editors and CI can jump to them.
public enum DiagnosticPrinter {
    /// Every diagnostic on its own line, sorted by place, then a count.
    public static func report(_ diagnostics: DiagnosticList) -> String {
        let sorted = diagnostics.sorted
        guard !sorted.isEmpty else { return "" }
        var lines = sorted.map(\.description)
        let errors = sorted.count { $0.severity == .error }
        let warnings = sorted.count - errors
        var summary: [String] = []
        if errors > 0 { summary.append(errors == 1 ? "1 fel" : "\(errors) fel") }
        if warnings > 0 { summary.append(warnings == 1 ? "1 varning" : "\(warnings) varningar") }
        lines.append(summary.joined(separator: ", "))
        return lines.joined(separator: "\n") + "\n"
    }
}
