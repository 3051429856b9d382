import Foundation

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
        guard let executable = Self.find("pandoc") else { throw .pandocMissing }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // A path that starts with '-' must not read as an option.
        let argument = path.hasPrefix("-") ? "./" + path : path
        process.arguments = ["--from", "docx", "--to", "json", "--track-changes=all", argument]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .pandocMissing
        }
        let readers = DispatchGroup()
        let collected = Collected()
        let limit = maximumBytes * 8
        DispatchQueue.global().async(group: readers) {
            let data = output.fileHandleForReading.readDataToEndOfFile()
            collected.set(output: data.count > limit ? nil : Array(data))
        }
        DispatchQueue.global().async(group: readers) {
            collected.set(errors: Array(errors.fileHandleForReading.readDataToEndOfFile().prefix(4096)))
        }
        if readers.wait(timeout: .now() + .seconds(timeout)) == .timedOut {
            process.terminate()
            process.waitUntilExit()
            throw .timedOut(seconds: timeout)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: collected.errors, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            throw .unreadable(message.isEmpty ? "pandoc avslutades med kod \(process.terminationStatus)" : Self.printable(message))
        }
        guard let json = collected.output else { throw .tooLarge(bytes: limit) }
        return json
    }

    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if FileManager().isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func printable(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init).prefix(200))
    }
}

/// What the pipe readers collected, shared between the threads that read them.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var storedOutput: [UInt8]?
    private var storedErrors: [UInt8] = []

    func set(output: [UInt8]?) { lock.withLock { storedOutput = output } }
    func set(errors: [UInt8]) { lock.withLock { storedErrors = errors } }
    var output: [UInt8]? { lock.withLock { storedOutput } }
    var errors: [UInt8] { lock.withLock { storedErrors } }
}
