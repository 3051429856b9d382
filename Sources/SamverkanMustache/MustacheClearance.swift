/// Which tags a stretch of a line leaves standing alone: every tag (only whitespace and things
/// never rendered), only the tags of one parent tag pair (its parent and block tags are there
/// too), or none.
enum MustacheClearance: Equatable {
    case all
    case only(owner: Int)
    case none

    /// The stretch extended by a token that is blank, a tag of `owner`'s pair, or output.
    func adding(blank: Bool, shellOwner: Int) -> MustacheClearance {
        if blank {
            return self
        }
        guard shellOwner >= 0 else { return .none }
        switch self {
        case .all: return .only(owner: shellOwner)
        case .only(let owner): return owner == shellOwner ? self : .none
        case .none: return .none
        }
    }

    /// True when a tag whose pair is `owner` (-1 for none) stands alone beside this stretch.
    func clears(owner: Int) -> Bool {
        switch self {
        case .all: true
        case .only(let only): owner >= 0 && only == owner
        case .none: false
        }
    }
}
