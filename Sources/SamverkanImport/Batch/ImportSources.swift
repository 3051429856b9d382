import Foundation

/// The documents of a folder, for `samverkan import FOLDER`: every file below it whose ending the
/// import reads (`DocumentKind`), in name order; hidden files and folders, and symbolic links, are
/// left out.
public enum ImportSources {
    public static func documents(in folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
                                                         options: [.skipsHiddenFiles]) else { return [] }
        var found: [String] = []
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard values?.isRegularFile == true, values?.isSymbolicLink != true, DocumentKind(path: url.path) != nil else { continue }
            let relative = url.path.hasPrefix(root.path + "/") ? String(url.path.dropFirst(root.path.count + 1)) : url.lastPathComponent
            found.append(folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
        }
        return found.sorted()
    }

    public static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
