import Foundation

/// Lets documents read in parallel write in the order they were given: the document at `index`
/// writes only when every earlier one has written or given up. Two documents of one meeting (a
/// PDF and a scan of the same minutes) then always give the same result: the first one given is
/// imported and the later one "finns redan", whichever was read first.
///
/// Indices are handed out in order (`parallelMap`), so the smallest unfinished one never waits and
/// the batch always moves on.
final class WritingTurns: @unchecked Sendable {
    private let condition = NSCondition()
    private var finished: Set<Int> = []
    private var next = 0

    /// Blocks until every document before `index` has finished.
    func wait(for index: Int) {
        condition.lock()
        while next < index { condition.wait() }
        condition.unlock()
    }

    /// `index` is done (written, skipped or failed): later ones may go on.
    func finish(_ index: Int) {
        condition.lock()
        finished.insert(index)
        while finished.remove(next) != nil { next += 1 }
        condition.broadcast()
        condition.unlock()
    }
}
