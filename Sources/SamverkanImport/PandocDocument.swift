import Foundation

/// A Word document read by pandoc (`--to json`): its blocks, and what the reading dropped or
/// changed, for the import's warnings.
struct PandocDocument: Sendable {
    var blocks: [DocumentBlock]
    /// Tracked changes in the document: insertions kept, deletions left out.
    var trackedChanges = 0
    /// Pictures, comments, raw Word fields and links that are not web addresses: their text is kept.
    var dropped: [String] = []

    /// Reads pandoc's JSON. Throws `.unreadable` when it is not pandoc's document tree.
    static func parse(_ json: [UInt8]) throws(ImportFailure) -> PandocDocument {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json)),
              let root = object as? [String: Any], let blocks = root["blocks"] as? [Any] else {
            throw .unreadable("pandoc gav inget dokument")
        }
        var reader = PandocTreeReader()
        let read = reader.blocks(blocks, depth: 0)
        return PandocDocument(blocks: read, trackedChanges: reader.trackedChanges, dropped: reader.dropped)
    }
}
