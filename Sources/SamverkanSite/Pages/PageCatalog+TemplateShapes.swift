extension PageCatalog {
    /// The shape of the data each page template gets, by template name: what `check` and `build`
    /// test every name in the templates against. A page kind's template gets one context type.
    public static let templateShapes: [String: TemplateShape] = [
        "index": StartPageContext.templateShape,
        "timeline": TimelineContext.templateShape,
        "bodies": BodiesContext.templateShape,
        "body": BodyContext.templateShape,
        "body-year": BodyYearContext.templateShape,
        "meeting": MeetingContext.templateShape,
        "decisions": DecisionsContext.templateShape,
        "topics": TopicsContext.templateShape,
        "topic": TopicContext.templateShape,
        "topic-year": TopicYearContext.templateShape,
        "upcoming": UpcomingContext.templateShape,
        "page": FreePageContext.templateShape,
        "sok": SearchContext.templateShape,
        "404": NotFoundContext.templateShape,
        "assignments": AssignmentsContext.templateShape,
        "assignment": AssignmentContext.templateShape,
        "folj": FollowContext.templateShape,
        "people": PeopleContext.templateShape,
        "person": PersonContext.templateShape,
        // In place of `base` for what the search reads of every searchable page: only `layout` is
        // sure to be there.
        TemplateSet.searchLayout: .object([("layout", LayoutContext.templateShape)]),
    ]
}
