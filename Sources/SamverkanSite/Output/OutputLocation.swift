#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// Where a publish goes: the output folder, the folder it lies in, and the names samverkan uses
/// beside it. For `--output site` those are `.site.samverkan-lock` (never deleted) and the
/// generations `.site.samverkan-new-<pid>-<8 hex>` (being built, or the previous site after the
/// switch), `…-old-…` (the previous site moved aside when the file system cannot swap) and
/// `…-trash-…` (being deleted).
struct OutputLocation: Sendable, Hashable {
    /// The output folder as it was given, for messages.
    var given: String
    /// The real path of the folder the output folder lies in.
    var parent: String
    var name: String

    enum Kind: String, CaseIterable, Sendable {
        case new, old, trash
    }

    /// The real path of the output folder.
    var output: String { path(name) }
    var prefix: String { "." + name + ".samverkan-" }
    var lockPath: String { path(prefix + "lock") }

    func path(_ entry: String) -> String {
        parent == "/" ? "/" + entry : parent + "/" + entry
    }

    /// A name for a new generation folder beside the output, unique to this process and call.
    func freshPath(_ kind: Kind) -> String {
        let token = String(UInt32.random(in: 0 ... .max), radix: 16)
        return path(prefix + kind.rawValue + "-\(getpid())-" + String(repeating: "0", count: 8 - token.count) + token)
    }

    /// The kind of a folder beside the output that samverkan made, or nil for any other name.
    func kind(of entry: String) -> Kind? {
        guard entry.hasPrefix(prefix) else { return nil }
        let rest = entry.dropFirst(prefix.count)
        for kind in Kind.allCases where rest.hasPrefix(kind.rawValue + "-") {
            let token = rest.dropFirst(kind.rawValue.count + 1).split(separator: "-", omittingEmptySubsequences: false)
            guard token.count == 2, !token[0].isEmpty, token[0].allSatisfy({ $0.isASCII && $0.isNumber }),
                  token[1].count == 8, token[1].allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
            return kind
        }
        return nil
    }

    /// Resolves `directory` to real paths, so that `site`, `./site` and a symbolic link to it all
    /// share one lock and one set of generations.
    static func resolve(_ directory: String) throws(OutputError) -> OutputLocation {
        var trimmed = directory
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard !trimmed.isEmpty else { throw OutputError(path: directory, reason: "ingen utmapp angiven") }
        var info = stat()
        let full: String
        if lstat(trimmed, &info) == 0 {
            guard let real = realPath(trimmed) else {
                throw OutputError(path: directory, reason: "utmappen är en länk till något som inte finns")
            }
            full = real
        } else {
            let (parentPart, name) = split(trimmed)
            guard let parent = realPath(parentPart) else {
                throw OutputError(path: directory, reason: "mappen ovanför, \(parentPart), finns inte")
            }
            full = parent == "/" ? "/" + name : parent + "/" + name
        }
        let (parent, name) = split(full)
        guard !name.isEmpty, name != ".", name != ".." else {
            throw OutputError(path: directory, reason: "utmappen kan inte vara rotmappen")
        }
        return OutputLocation(given: trimmed, parent: parent, name: name)
    }

    private static func split(_ path: String) -> (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let parent = String(path[..<slash])
        return (parent.isEmpty ? "/" : parent, String(path[path.index(after: slash)...]))
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
