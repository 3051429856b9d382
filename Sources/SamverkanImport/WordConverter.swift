import Foundation
import SamverkanLoading
import SamverkanModel

/// Turns a Word document into pandoc's JSON tree: the seam that lets the tests feed documents
/// without a pandoc of their own choosing.
public protocol WordConverter: Sendable {
    func pandocJSON(of path: String) throws(ImportFailure) -> [UInt8]
}

/// Runs Debian's `pandoc --from docx --to json --track-changes=all`, found on PATH. A document over
/// `maximumBytes`, or a run over `timeout` seconds, is refused, so no file can hang the import.
public struct PandocConverter: WordConverter {
    public var timeout: Int
    public var maximumBytes: Int

    public init(timeout: Int = 120, maximumBytes: Int = 100 * 1024 * 1024) {
        self.timeout = timeout
        self.maximumBytes = maximumBytes
    }

    public func pandocJSON(of path: String) throws(ImportFailure) -> [UInt8] {
        guard let attributes = try? FileManager().attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular else {
            throw .unreadable("filen finns inte eller är ingen vanlig fil")
        }
        if let size = attributes[.size] as? Int, size > maximumBytes { throw .tooLarge(bytes: size) }
        let environment = ProcessInfo.processInfo.environment
        guard let executable = ChildProcess.executable(named: "pandoc", environment: environment) else { throw .pandocMissing }
        // A path that starts with '-' must not read as an option.
        let argument = path.hasPrefix("-") ? "./" + path : path
        switch ChildProcess.run(executable, ["--from", "docx", "--to", "json", "--track-changes=all", argument],
                                timeout: .seconds(timeout)) {
        case .failure(.missing), .failure(.notStarted):
            throw .pandocMissing
        case .failure(.timedOut):
            throw .timedOut(seconds: timeout)
        case let .success(outcome) where outcome.status != 0:
            let message = String(decoding: outcome.errorOutput.prefix(4096), as: UTF8.self)
                .split(separator: "\n").first.map(String.init) ?? ""
            throw .unreadable(message.isEmpty ? "pandoc avslutades med kod \(outcome.status)" : Self.printable(message))
        case let .success(outcome):
            return outcome.output
        }
    }

    static func printable(_ text: String) -> String {
        String(ControlCharacters.removing(from: text).prefix(200))
    }
}
