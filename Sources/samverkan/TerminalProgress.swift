import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif
import SamverkanModel
import SamverkanSite

/// A progress line on a terminal, rewritten in place; nothing at all when output goes to a file or CI.
final class TerminalProgress: Sendable {
    private let shown = Mutex(false)

    static func ifTerminal() -> TerminalProgress? {
        isatty(STDERR_FILENO) == 1 ? TerminalProgress() : nil
    }

    @Sendable func show(_ progress: BuildProgress) {
        let text: String
        switch progress {
        case let .stage(name): text = name + " …"
        case let .pages(done, total): text = "Renderar sidor \(done)/\(total)"
        }
        show(text)
    }

    @Sendable func show(_ text: String) {
        shown.withLock { shown in
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
            shown = true
        }
    }

    /// `Importerar [########------------] 12/30`
    static func bar(_ what: String, done: Int, total: Int, width: Int = 20) -> String {
        let filled = total == 0 ? width : min(width, done * width / total)
        return "\(what) [" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] \(done)/\(total)"
    }

    func clear() {
        shown.withLock { shown in
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
