import SamverkanModel

extension PageCatalog {
    func assignmentsPage() -> AssignmentsContext {
        AssignmentsContext(layout: layout(SiteURL.assignments, title: "Uppdrag", description: "Uppdrag.", section: .assignments))
    }

    func assignmentPage(_ tracked: TrackedAssignment) -> AssignmentContext {
        AssignmentContext(layout: layout(tracked.assignment.url, title: "Uppdrag", description: "Uppdrag.", section: .assignments))
    }
}
