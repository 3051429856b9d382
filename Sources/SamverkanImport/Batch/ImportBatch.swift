import Synchronization
import SamverkanModel

/// Imports many documents into one content folder, in parallel on all cores: one that fails does not
/// stop the others, and none is written over (a second run skips what is there). Documents are read
/// in parallel but write in the order given (`WritingTurns`). `progress` is told of each document
/// done, from any thread.
public struct ImportBatch: Sendable {
    public var importer: MinutesImporter

    public init(importer: MinutesImporter = MinutesImporter()) {
        self.importer = importer
    }

    public func run(_ requests: [MinutesImporter.Request], into site: ImportSite,
                    progress: @Sendable (_ done: Int, _ total: Int) -> Void = { _, _ in }) -> [DocumentImport] {
        let done = Atomic(0)
        let total = requests.count
        let importer = importer
        let turns = WritingTurns()
        return Array(requests.indices).parallelMap { index in
            let result = importer.importDocument(requests[index], into: site, beforeWriting: { turns.wait(for: index) })
            turns.finish(index)
            progress(done.add(1, ordering: .relaxed).newValue, total)
            return result
        }
    }
}
