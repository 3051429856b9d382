import Foundation

/// A fresh folder only this import uses, under the system's temporary folder, removed with
/// everything in it when the import is done with it: the copy of the document the programs read,
/// the page images.
final class ScratchFolder: Sendable {
    let path: String

    private init(path: String) {
        self.path = path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    static func make() throws(ImportFailure) -> ScratchFolder {
        var template = Array((NSTemporaryDirectory() + "/samverkan-import-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, let folder = mkdtemp(base) else { return nil }
            return String(cString: folder)
        }
        guard let made else { throw .unreadable("ingen tillfällig mapp kunde skapas") }
        return ScratchFolder(path: made)
    }

    /// Writes `bytes` to `name` in the folder: its full path.
    func write(_ bytes: [UInt8], to name: String) throws(ImportFailure) -> String {
        let file = path + "/" + name
        guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else {
            throw .unreadable("en tillfällig fil kunde inte skrivas")
        }
        return file
    }
}
