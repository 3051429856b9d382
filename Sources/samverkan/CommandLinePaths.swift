import ArgumentParser
import Foundation
import SamverkanModel
import SamverkanSite

/// Paths as messages show them (relative to the current folder), and the build's "today".
enum CommandLinePaths {
    static func display(_ path: String) -> String {
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        let current = FileManager().currentDirectoryPath
        if trimmed.hasPrefix(current + "/") { return String(trimmed.dropFirst(current.count + 1)) }
        if trimmed == current { return "." }
        return trimmed
    }

    /// `--today`, else `SOURCE_DATE_EPOCH`, else the clock.
    static func today(_ written: String?) throws -> CalendarDate {
        switch BuildDay.resolve(argument: written, environment: ProcessInfo.processInfo.environment) {
        case let .success(date): return date
        case let .failure(diagnostic):
            // A located problem like any other: printed as one line, exit status 1, no usage text.
            FileHandle.standardError.write(Data(DiagnosticPrinter.report(OptionNames.spelled(DiagnosticList([diagnostic]))).utf8))
            throw ExitCode(1)
        }
    }
}
