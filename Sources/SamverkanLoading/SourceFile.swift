import SamverkanModel

/// A content file as read from disk.
public struct SourceFile: Sendable, Hashable {
    /// The path to show in messages: the content folder as given, joined with `relativePath`.
    public var displayPath: String
    /// The path under the content folder: `meetings/2024/2024-10-03-sro.md`.
    public var relativePath: String
    public var text: String

    public init(displayPath: String, relativePath: String, text: String) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.text = text
    }

    /// Compared and hashed by the bytes of its text (see `TextBytes`).
    public static func == (lhs: SourceFile, rhs: SourceFile) -> Bool {
        lhs.relativePath == rhs.relativePath && lhs.displayPath == rhs.displayPath && TextBytes.equal(lhs.text, rhs.text)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(relativePath)
        TextBytes.hash(text, into: &hasher)
    }

    /// The file name without folders and extension: `2024-10-03-sro`.
    public var baseName: String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }
}
