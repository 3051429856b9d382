import SamverkanModel

extension PageCatalog {
    /// `/folj/`: every feed and calendar of the site, with how to subscribe to them.
    func followPage() -> FollowContext {
        FollowContext(layout: layout(SiteURL.follow, title: "Följ arbetet", description: "Flöden och kalendrar.", section: .follow))
    }
}
