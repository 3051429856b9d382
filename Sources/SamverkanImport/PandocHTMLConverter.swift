import Foundation
import SamverkanLoading

/// A page exported from the old website (`.html`) through `pandoc --from html --to json`, bounded
/// as the Word reading is: the file opened by the import (never a link, at most `maximumBytes`) as
/// pandoc's standard input, its heap, output and time limited. Its tree is read as a Word
/// document's is.
public struct PandocHTMLConverter: WordConverter {
    public var timeout: Int
    public var maximumBytes: Int
    public var maximumMemoryMegabytes: Int
    public var maximumOutputBytes: Int

    public init(timeout: Int = 60, maximumBytes: Int = 16 << 20, maximumMemoryMegabytes: Int = 1024,
                maximumOutputBytes: Int = 8 << 20) {
        self.timeout = timeout
        self.maximumBytes = maximumBytes
        self.maximumMemoryMegabytes = maximumMemoryMegabytes
        self.maximumOutputBytes = maximumOutputBytes
    }

    public func pandocJSON(of path: String) throws(ImportFailure) -> [UInt8] {
        let file = try WordFile.open(path, maximumBytes: maximumBytes)
        let outcome: ChildProcess.Outcome
        do throws(ImportFailure) {
            outcome = try ExternalTool(name: "pandoc", package: "pandoc").run(
                ["+RTS", "-M\(maximumMemoryMegabytes)m", "-RTS", "--from", "html", "--to", "json"],
                environment: ["GHCRTS": ""], input: file.descriptor, outputLimit: maximumOutputBytes, timeout: timeout)
        } catch {
            if case .toolMissing = error { throw .pandocMissing }
            throw error
        }
        withExtendedLifetime(file) {}
        guard outcome.status == 0 else {
            let said = ExternalTool.said(outcome)
            throw .htmlUnreadable(said.isEmpty ? "pandoc avslutades med kod \(outcome.status)" : said)
        }
        return outcome.output
    }
}
