import Foundation

/// Maps a request path to a file of the built site, and never to anything outside it: no `..`,
/// no hidden files (samverkan's own `.samverkan`), no symbolic link that leads out.
public struct StaticFileResolver: Sendable {
    public enum Resolution: Sendable, Equatable {
        case file(path: String, contentType: String)
        /// A folder asked for without its closing slash: relative links need it.
        case redirect(location: String)
        case notFound
    }

    public let root: String

    public init(root: String) {
        self.root = root
    }

    public func resolve(_ requestPath: String) -> Resolution {
        let pathOnly = String(requestPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        guard let decoded = pathOnly.removingPercentEncoding, decoded.hasPrefix("/"),
              !decoded.contains("\0"), !decoded.contains("\\") else { return .notFound }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return .notFound }
        guard let realRoot = Self.realPath(root) else { return .notFound }

        var candidate = segments.isEmpty ? realRoot : realRoot + "/" + segments.joined(separator: "/")
        if Self.isFolder(candidate) {
            guard decoded.hasSuffix("/") else { return .redirect(location: pathOnly + "/") }
            candidate += "/index.html"
        }
        // Follow links, then make sure the file is still inside the site.
        guard let real = Self.realPath(candidate), real.hasPrefix(realRoot + "/"), !Self.isFolder(real) else { return .notFound }
        return .file(path: real, contentType: Self.contentType(of: real))
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager().fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    static let contentTypes: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8", "json": "application/json",
        "xml": "application/xml; charset=utf-8", "txt": "text/plain; charset=utf-8",
        "ics": "text/calendar; charset=utf-8", "svg": "image/svg+xml", "png": "image/png",
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "ico": "image/x-icon", "pdf": "application/pdf", "woff2": "font/woff2", "wasm": "application/wasm",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ]

    static func contentType(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        return contentTypes[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}
