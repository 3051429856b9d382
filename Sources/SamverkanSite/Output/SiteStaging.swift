import SamverkanModel

/// A publish in progress: the new site is made file by file in a hidden folder and put in place by
/// `finish` in one step, so a build need not hold every page in memory until the end. Until
/// `finish`, the output folder is exactly as it was; a staging dropped without `finish` is
/// abandoned.
public protocol SiteStaging: AnyObject, Sendable {
    /// Puts `file` in the new site: a hard link to the live file when its bytes are the same (as
    /// `publish` does), else written. Safe to call from many threads at once. Returns true when the
    /// file was written (new or changed). The same path added twice: the later one wins.
    func add(_ file: OutputFile) throws(OutputError) -> Bool

    /// Puts the live site's file at `path` into the new site unchanged, without the caller having its
    /// bytes, if the live file is a regular file (no symbolic link followed) of `size` bytes whose
    /// `StableHasher.digest(of:)` is `digest` (read and hashed to check). Returns false and puts
    /// nothing when there is no live site or the file differs. Thread-safe. Counts as unchanged.
    func carry(_ path: String, size: Int, digest: StableDigest) throws(OutputError) -> Bool

    /// Whether the site this staging makes keeps a build's page record (`PageRecord`) for the next
    /// build: true on disk, where `carry` can keep a page; false for a staging that cannot.
    var remembersPages: Bool { get }

    /// The bytes of the live site's file at `path` (a regular file, not followed through links, at
    /// most `limit` bytes), or nil.
    func liveFile(_ path: String, limit: Int) -> [UInt8]?

    /// Adds `files` and puts the new site, holding exactly what was added, in place in one step;
    /// returns what changed compared with the live site (`written`: the paths written, sorted;
    /// `unchanged`: how many were linked or carried; `removed`: live paths not added, sorted). When
    /// nothing was written or removed and the live folder has the marker, the live folder is left
    /// exactly as it was. Releases the lock, also when it throws.
    func finish(adding files: [OutputFile]) throws(OutputError) -> PublishResult

    /// Forgets the new site and releases the lock; the output folder stays exactly as it was. Also
    /// done when the staging is released without `finish`. Safe to call twice, and after `finish`.
    func abandon()
}
