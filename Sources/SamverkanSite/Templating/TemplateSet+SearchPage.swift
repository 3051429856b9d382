import SamverkanLoading
import SamverkanModel

extension TemplateSet {
    /// What the search page must load now that the index is in shards: the list of shards, which
    /// it merges with PagefindUI's `mergeIndex`.
    static let shardListName = "samverkanSearchShards"

    /// A warning when `sok.mustache` is from before the index was in shards (it loads one bundle
    /// from `pagefind/`, which now holds only the interface and the list of shards): the site
    /// builds, but its search would find nothing. A warning, not an error, so a site that built
    /// before builds now.
    func outdatedSearchPage() -> Diagnostic? {
        guard let source = sources["sok"], !source.contains(Self.shardListName) else { return nil }
        return .warning(SourceLocation(path: files["sok"] ?? join(directory, "sok.mustache")),
                        "söksidans mall läser inte sökindexets delar (\(Self.shardListName)): sökningen hittar ingenting",
                        hint: "ta samverkans nya templates/sok.mustache, eller ladda pagefind/samverkan-shards.js och slå ihop delarna med mergeIndex")
    }
}
