/// `/folj/`: every feed and calendar, and how to subscribe.
public struct FollowContext: Sendable, Hashable {
    public var layout: LayoutContext
}
