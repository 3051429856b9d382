/// `/uppdrag/`: every assignment, by status.
public struct AssignmentsContext: Sendable, Hashable {
    public var layout: LayoutContext
}

/// `/uppdrag/<id>/`: one assignment's whole path.
public struct AssignmentContext: Sendable, Hashable {
    public var layout: LayoutContext
}
