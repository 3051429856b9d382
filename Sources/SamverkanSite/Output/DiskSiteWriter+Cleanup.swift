import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// Clearing up after builds that were killed, and deleting through `FileOperations`.
extension DiskSiteWriter {
    /// With the lock held: when the output folder is missing but the previous site was moved aside
    /// (a build killed between the two renames of the fallback), renames it back; then removes every
    /// other generation beside the output folder. Only names of the exact form samverkan makes are
    /// touched (`OutputLocation.kind(of:)`).
    func recoverHoldingLock(_ location: OutputLocation) throws(OutputError) {
        let ours = Self.entries(of: location.parent).filter { location.kind(of: $0) != nil }
        var restored: String?
        if Self.fileType(location.output) == nil,
           let aside = ours.first(where: { location.kind(of: $0) == .old && Self.isFolder(location.path($0)) }) {
            do throws(SystemCallError) {
                try operations.rename(location.path(aside), to: location.output)
            } catch {
                throw OutputError(path: location.given,
                                  reason: "den förra webbplatsen ligger kvar som \(location.path(aside)) och kunde inte flyttas tillbaka: \(error)")
                    .withHint("byt namn på den till \(location.given) och bygg igen")
            }
            restored = aside
        }
        for entry in ours where entry != restored {
            removeTree(location.path(entry))
        }
    }

    /// Removes staging folders that earlier versions left inside the output folder when killed.
    func removeLegacyStaging(in output: String) {
        for entry in Self.entries(of: output) where entry.hasPrefix(Self.legacyStagingPrefix) {
            removeTree(output + "/" + entry)
        }
    }

    /// Deletes `path` and everything under it without following links, files in parallel; true when
    /// it is gone.
    @discardableResult
    func removeTree(_ path: String) -> Bool {
        guard let type = Self.fileType(path) else { return true }
        guard type == S_IFDIR else { return (try? operations.removeFile(path)) != nil }
        var folders: [String] = []
        var files: [String] = []
        var pending = [path]
        while let folder = pending.popLast() {
            folders.append(folder)
            for entry in Self.entries(of: folder) {
                let full = folder + "/" + entry
                if Self.isFolder(full) { pending.append(full) } else { files.append(full) }
            }
        }
        let removedFiles = files.parallelMap { (try? operations.removeFile($0)) != nil }.allSatisfy { $0 }
        // Every folder comes after the folder holding it, so backwards is deepest first.
        let removedFolders = folders.reversed().map { (try? operations.removeFolder($0)) != nil }
        return removedFiles && removedFolders.allSatisfy { $0 }
    }
}
