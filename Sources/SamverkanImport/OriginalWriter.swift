import SamverkanSite

/// Puts the imported document under `content/files/` beside its transcription: the seam that lets
/// the tests keep it in memory.
public protocol OriginalWriter: Sendable {
    /// Writes `bytes` to a new file at `path`, creating its folders. Never replaces a file: throws
    /// `.exists` when one is there.
    func create(_ bytes: [UInt8], at path: String) throws(ScaffoldWriteError)
    /// Takes away a file this writer created, when the draft beside it could not be written.
    func remove(_ path: String)
}
