import Foundation

/// A folder of its own under the system's temporary folder, for files a test writes.
struct TemporaryFolder {
    let path: String

    init() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("samverkan-import-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    /// Writes `bytes` at `name` inside the folder (making its folders) and gives the full path.
    @discardableResult
    func write(_ bytes: [UInt8], to name: String) -> String {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
