import Foundation
import SamverkanModel

/// Makes a shard's search index with Pagefind (https://pagefind.app): writes the shard's documents
/// into a private temporary folder, runs the `pagefind` executable over it and reads back the bundle
/// it writes. Pagefind reads `lang="sv"` and stems Swedish; it indexes the `data-pagefind-body` of
/// each page.
///
/// Pagefind 1.5.2 is not reproducible: two runs over the same folder write the filter files'
/// values in hash-map order, which differs from process to process (and so the filter files'
/// names, `pagefind-entry.json` and the meta file), and no option or environment variable fixes
/// that (`RAYON_NUM_THREADS=1` does not). So an unchanged shard is kept, not made again.
public struct PagefindIndexer: SearchIndexer {
    public let executable: String
    public let identity: String

    /// Asks `executable` for its version, which also proves it runs.
    public init(executable: String) throws(SearchIndexError) {
        self.executable = executable
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw SearchIndexError(path: executable, reason: "Pagefind finns inte där eller är inget program som kan köras")
        }
        let result = try Self.run(executable, ["--version"], in: nil)
        let version = String(decoding: result.output, as: UTF8.self).split(separator: "\n").first
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard result.status == 0, version.hasPrefix("pagefind ") else {
            throw SearchIndexError(path: executable, reason: "det är inte Pagefind (\(version.isEmpty ? "inget svar på --version" : version))")
        }
        identity = version
    }

    public func index(_ documents: [SearchDocument]) throws(SearchIndexError) -> [OutputFile] {
        let work = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let site = work + "/site", bundle = work + "/bundle"
        for document in documents {
            let path = site + "/" + document.path
            guard let bytes = document.bytes else {
                throw SearchIndexError(path: document.path, reason: "sidans sökdokument gjordes inte, så delen kan inte indexeras")
            }
            do {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: path))
            } catch {
                throw SearchIndexError(path: path, reason: "sidan kunde inte skrivas för indexeringen (\(error.localizedDescription))")
            }
        }
        let result = try Self.run(executable, ["--site", site, "--output-path", bundle, "--silent"], in: work)
        guard result.status == 0 else {
            let message = String(decoding: result.output, as: UTF8.self)
                .split(separator: "\n").suffix(3).joined(separator: " / ")
            throw SearchIndexError(path: executable, reason: "Pagefind avslutades med kod \(result.status)"
                                   + (message.isEmpty ? "" : ": " + message))
        }
        guard let paths = FileManager.default.subpaths(atPath: bundle) else {
            throw SearchIndexError(path: executable, reason: "Pagefind skrev inget index")
        }
        var files: [OutputFile] = []
        for relative in paths.sorted() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: bundle + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            guard let data = FileManager.default.contents(atPath: bundle + "/" + relative) else {
                throw SearchIndexError(path: bundle + "/" + relative, reason: "indexfilen kan inte läsas")
            }
            files.append(OutputFile(path: relative, bytes: Array(data)))
        }
        return files
    }

    /// A fresh folder only this process uses, under the system's temporary folder.
    static func temporaryFolder() throws(SearchIndexError) -> String {
        var template = Array((NSTemporaryDirectory() + "/samverkan-sok-XXXXXX").utf8CString)
        let path = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, let made = mkdtemp(base) else { return nil }
            return String(cString: made)
        }
        guard let path else { throw SearchIndexError(path: NSTemporaryDirectory(), reason: "ingen tillfällig mapp kunde skapas") }
        return path
    }

    /// Runs `executable` with `arguments`, its standard output and error together in `output`.
    static func run(_ executable: String, _ arguments: [String], in folder: String?) throws(SearchIndexError) -> (status: Int32, output: [UInt8]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw SearchIndexError(path: executable, reason: "Pagefind kunde inte startas (\(error.localizedDescription))")
        }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, Array(output))
    }
}
