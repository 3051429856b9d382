import SamverkanLoading
import SamverkanModel

/// Stage 3c: assignments and their report-backs add up — ids unique, every report names an
/// assignment given no later than itself — and an open assignment past its due date is a warning.
public enum AssignmentValidator {
    public static func validate(_ content: SiteContent, _ register: AssignmentRegister, today: CalendarDate) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (duplicate, first) in register.duplicates {
            diagnostics.append(.error(duplicate.id.location, "uppdraget '\(duplicate.id.value)' finns redan (\(first.id.location))",
                                      hint: "ge uppdraget ett eget id; ett id följer ett uppdrag hela vägen"))
        }
        // `/uppdrag/2024/` is the year page of the assignments completed in 2024.
        for tracked in register.assignments where tracked.assignment.id.value.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let id = tracked.assignment.id
            diagnostics.append(.error(id.location, "uppdragets id '\(id.value)' är bara siffror och skulle krocka med årssidan /uppdrag/\(id.value)/",
                                      hint: "ge uppdraget ett id med bokstäver, t.ex. \(id.value)-forslag"))
        }
        let ids = register.assignments.map(\.assignment.id.value)
        // A meeting that failed to decode may give the assignment: its error is reported already,
        // and a report on an unknown id is reported once that file reads.
        let someMeetingUnread = content.undecodable.contains { $0.hasPrefix("meetings/") }
        for report in register.unknownReports where !someMeetingUnread {
            var message = "återrapporteringen gäller ett okänt uppdrag '\(report.assignment.value)'"
            if let closest = FrontMatterReader.closest(to: report.assignment.value, among: ids) { message += "; menade du '\(closest)'?" }
            diagnostics.append(.error(report.assignment.location, message,
                                      hint: ids.isEmpty ? "inget möte ger ännu ett uppdrag med assignment: id"
                                                        : "kända uppdrag: \(ReferenceValidator.list(ids))"))
        }
        for tracked in register.assignments {
            let given = tracked.given.meeting
            for report in tracked.reports where report.meeting.date < given.date {
                guard let location = report.decision.report?.assignment.location else { continue }
                diagnostics.append(.error(location, "återrapporteringen (\(report.meeting.date)) är daterad före uppdraget '\(tracked.assignment.id.value)' (\(given.date), \(given.slug))",
                                          hint: "kontrollera reports: och mötenas datum"))
            }
            if tracked.status(today: today) == .overdue, let due = tracked.assignment.due {
                diagnostics.append(.warning(due.location, "uppdraget '\(tracked.assignment.id.value)' skulle återrapporteras \(due.value) men är inte avslutat",
                                            hint: "lägg till reports: \(tracked.assignment.id.value) på det ställningstagande som redovisar uppdraget, eller ändra due"))
            }
        }
        return diagnostics
    }
}
