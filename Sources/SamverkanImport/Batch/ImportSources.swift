import Foundation
import SamverkanModel

/// The documents of a folder, for `samverkan import FOLDER`: every file below it whose ending the
/// import reads (`DocumentKind`), in name order; hidden files and folders, and symbolic links, are
/// left out. Other files are named (`leftOut`), so that nothing in an archive is passed over in silence.
public enum ImportSources {
    public static func documents(in folder: String) -> [String] {
        files(in: folder).filter { DocumentKind(path: $0) != nil }
    }

    /// The visible files of the folder that the import does not read (`läsmig.txt`, `protokoll.doc`).
    public static func leftOut(in folder: String) -> [String] {
        files(in: folder).filter { DocumentKind(path: $0) == nil }
    }

    /// What the command says about a file it leaves out.
    public static func leftOutWarning(_ path: String) -> Diagnostic {
        .warning(SourceLocation(path: path), "filen importeras inte: samverkan import läser .docx, .pdf, .html och bilder (.png, .jpg, .tif)",
                 hint: "spara den i något av de formaten om den är en mötesanteckning (en .doc som .docx), annars kan den ligga kvar")
    }

    /// Every visible regular file below `folder`, not through a symbolic link, in name order.
    private static func files(in folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
                                                         options: [.skipsHiddenFiles]) else { return [] }
        var found: [String] = []
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard values?.isRegularFile == true, values?.isSymbolicLink != true else { continue }
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
