import Foundation
import SamverkanLoading
import SamverkanModel

/// Runs Debian's `pandoc --from docx --to json --track-changes=all`, found on PATH, with every
/// resource bounded, so no file can hang the import or exhaust the computer:
///
/// - the file is opened by the import (`WordFile`: a regular file, never a link) and given to
///   pandoc as its standard input, never by name, so a path like `http://…` is never fetched;
/// - a file over `maximumBytes`, or whose zip directory declares more than `maximumParts` parts,
///   more than `maximumUnpackedBytes` unpacked or more than `maximumUnpackedXMLBytes` of XML, is
///   refused before pandoc runs;
/// - pandoc's heap is at most `maximumMemoryMegabytes` (`+RTS -M`), since declared sizes can lie;
/// - at most `maximumOutputBytes` of its JSON are taken (the import parses it at many times its
///   size); past that, and past `timeout` seconds, pandoc is killed.
public struct PandocConverter: WordConverter {
    public var timeout: Int
    public var maximumBytes: Int
    public var maximumUnpackedBytes: Int
    public var maximumUnpackedXMLBytes: Int
    public var maximumParts: Int
    public var maximumMemoryMegabytes: Int
    public var maximumOutputBytes: Int

    public init(timeout: Int = 120, maximumBytes: Int = 100 << 20, maximumParts: Int = 10_000,
                maximumUnpackedBytes: Int = 200 << 20, maximumUnpackedXMLBytes: Int = 32 << 20,
                maximumMemoryMegabytes: Int = 1024, maximumOutputBytes: Int = 8 << 20) {
        self.timeout = timeout
        self.maximumBytes = maximumBytes
        self.maximumUnpackedBytes = maximumUnpackedBytes
        self.maximumUnpackedXMLBytes = maximumUnpackedXMLBytes
        self.maximumParts = maximumParts
        self.maximumMemoryMegabytes = maximumMemoryMegabytes
        self.maximumOutputBytes = maximumOutputBytes
    }

    /// pandoc's arguments: no file name, so it reads the document from its standard input.
    var arguments: [String] {
        ["+RTS", "-M\(maximumMemoryMegabytes)m", "-RTS", "--from", "docx", "--to", "json", "--track-changes=all"]
    }

    public func pandocJSON(of path: String) throws(ImportFailure) -> [UInt8] {
        let file = try WordFile.open(path, maximumBytes: maximumBytes)
        let directory = try ZipDirectory.read(file, maximumParts: maximumParts)
        if directory.unpackedBytes > maximumUnpackedBytes {
            throw .unpacksTooLarge(bytes: directory.unpackedBytes, limit: maximumUnpackedBytes)
        }
        if directory.unpackedXMLBytes > maximumUnpackedXMLBytes {
            throw .xmlUnpacksTooLarge(bytes: directory.unpackedXMLBytes, limit: maximumUnpackedXMLBytes)
        }
        // GHC's own RTS settings from the environment must not loosen the limits set here.
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "GHCRTS" }
        guard let executable = ChildProcess.executable(named: "pandoc", environment: environment) else { throw .pandocMissing }
        guard file.rewind() else { throw .unreadable("filen kunde inte läsas") }
        let result = ChildProcess.run(executable, arguments, environment: environment, input: file.descriptor,
                                      outputLimit: maximumOutputBytes, timeout: .seconds(timeout))
        withExtendedLifetime(file) {}
        switch result {
        case .failure(.failed(.missing)), .failure(.failed(.notStarted)):
            throw .pandocMissing
        case .failure(.failed(.timedOut)):
            throw .timedOut(seconds: timeout)
        case .failure(.outputTooLarge):
            throw .pandocOutputTooLarge(limit: maximumOutputBytes)
        case let .success(outcome) where outcome.status != 0:
            let said = String(decoding: outcome.errorOutput.prefix(4096), as: UTF8.self)
            // GHC's runtime ends with status 251 and says so when the heap limit is reached.
            if outcome.status == 251 || said.contains("Heap exhausted") {
                throw .pandocOutOfMemory(megabytes: maximumMemoryMegabytes)
            }
            let message = said.split(separator: "\n").first.map(String.init) ?? ""
            throw .unreadable(message.isEmpty ? "pandoc avslutades med kod \(outcome.status)" : Self.printable(message))
        case let .success(outcome):
            return outcome.output
        }
    }

    static func printable(_ text: String) -> String {
        String(ControlCharacters.removing(from: text).prefix(200))
    }
}
