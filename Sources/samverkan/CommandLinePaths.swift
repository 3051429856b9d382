import ArgumentParser
import Foundation
import SamverkanKit

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

    static func today(_ written: String?) throws -> CalendarDate {
        if let written {
            guard let date = CalendarDate(iso: written) else {
                throw ValidationError("--today ska vara ett datum ÅÅÅÅ-MM-DD, inte '\(written)'")
            }
            return date
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
