#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamverkanModel

/// Putting the finished generation in place in one step.
extension DiskSiteWriter {
    /// Answers of `renameat2(RENAME_EXCHANGE)` that mean the file system (or kernel) cannot swap.
    static let exchangeUnsupported: Set<Int32> = [EINVAL, ENOSYS, EOPNOTSUPP]

    /// Makes the complete folder `generation` the output folder. With a live site, the two are swapped
    /// atomically and the old one, now at `generation`, is deleted. Where the file system cannot swap,
    /// the live folder is renamed aside and the generation renamed into place: a build killed between
    /// the two leaves no output folder, and the next build renames the one aside back
    /// (`recoverHoldingLock`). A failure before the switch removes the generation and leaves the
    /// live site as it was; after it, leftovers are only deleted by the next build.
    func switchTo(_ generation: String, at location: OutputLocation, replacing live: Bool) throws(OutputError) {
        let output = location.output
        guard live else {
            do throws(SystemCallError) {
                try operations.rename(generation, to: output)
            } catch {
                removeTree(generation)
                throw OutputError(path: location.given, reason: "den nya webbplatsen kunde inte flyttas på plats: \(error)")
            }
            return
        }
        do throws(SystemCallError) {
            try operations.exchange(output, generation)
            removeTree(generation)
            return
        } catch where Self.exchangeUnsupported.contains(error.code) {
            // Two renames, below.
        } catch {
            removeTree(generation)
            let failure = OutputError(path: location.given, reason: "den nya webbplatsen kunde inte bytas in: \(error)")
            guard error.code == EBUSY || error.code == EXDEV else { throw failure }
            throw failure.withHint("är utmappen en monteringspunkt (t.ex. en Docker-volym)? Montera mappen ovanför, "
                + "eller bygg till en mapp inuti, så att samverkan kan lägga den nya versionen bredvid")
        }

        let aside = location.freshPath(.old)
        do throws(SystemCallError) {
            try operations.rename(output, to: aside)
        } catch {
            removeTree(generation)
            throw OutputError(path: location.given, reason: "den gamla webbplatsen kunde inte flyttas undan: \(error)")
        }
        do throws(SystemCallError) {
            try operations.rename(generation, to: output)
        } catch {
            try? operations.rename(aside, to: output)
            removeTree(generation)
            throw OutputError(path: location.given, reason: "den nya webbplatsen kunde inte flyttas på plats: \(error)")
        }
        // Renamed before deleting, so a half-deleted folder is never taken for a whole old site.
        let trash = location.freshPath(.trash)
        if (try? operations.rename(aside, to: trash)) != nil { removeTree(trash) }
    }
}
