import SamverkanModel

/// What a folder holds: the regular files a build reads, and the entries it refuses to read.
public struct FileListing: Sendable, Hashable {
    /// Regular files, relative to the folder, sorted.
    public var files: [String]
    /// Entries that are not plain files or readable folders, relative to the folder, sorted by path.
    public var refused: [RefusedEntry]

    public init(files: [String] = [], refused: [RefusedEntry] = []) {
        self.files = files
        self.refused = refused
    }
}

/// An entry of a source folder that a build does not read, and why: each is an error, so nothing
/// is left out in silence and nothing outside the folder is ever read through a link.
public struct RefusedEntry: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// A symbolic link, to a file or a folder, inside or outside the source folder.
        case symbolicLink
        /// A folder that cannot be opened or listed.
        case unreadableFolder
        /// A FIFO, socket or device.
        case specialFile
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }
}
