import Foundation

/// A fresh folder under the system's temporary folder, for tests that need a real disk.
enum TemporaryFolder {
    static func make(_ prefix: String = "samverkan-test") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
