import SamverkanModel

extension DiskSiteWriter {
    /// Writes the new bytes beside the file in the live output folder and renames them over it,
    /// under the output lock: a reader sees the old page or the new one, never part of one. The
    /// file must be there already (a page that is new waits for the whole site). A write killed
    /// between the two steps leaves a `.samverkan-ny` file that the next publish removes.
    public func replace(_ file: OutputFile, in directory: String) throws(OutputError) {
        let checked = try Self.checked([file])
        guard let file = checked.first else { return }
        let location = try OutputLocation.resolve(directory)
        try Self.checkOutputFolder(location)
        let lock = try OutputLock.acquire(location, operations: operations, timeout: lockTimeout)
        defer { lock.release() }
        let target = location.output + "/" + file.path
        guard Self.isRegularFile(target) else {
            throw OutputError(path: location.given + "/" + file.path, reason: "sidan finns inte på webbplatsen ännu")
        }
        let temporary = target + ".samverkan-ny"
        try attempt(temporary) { () throws(SystemCallError) in try operations.createFile(temporary, bytes: file.bytes, modified: nil) }
        try attempt(target) { () throws(SystemCallError) in try operations.rename(temporary, to: target) }
    }
}
