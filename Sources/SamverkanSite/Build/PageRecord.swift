import SamverkanModel

/// What a build remembers of its pages beside the site, in the output folder's hidden file
/// `.samverkan.sidor` (publishing leaves out every `.samverkan*` file): for each page made from
/// inputs with a digest (a meeting page), the digest of those inputs and of the HTML and search
/// document made from them. The next build, made by the same program from the same templates and
/// site-wide inputs (`key`), takes a page whose inputs have the same digest from the site as it is,
/// after checking that the file there still has the recorded bytes, instead of making it again.
///
/// One line per page, the path last: `<inputs> <size> <html> <search or -> <path>`, after a first
/// line `samverkan-sidor 1 <key>`. A record that does not read back whole is ignored: every page is
/// made again, as in a clean build.
struct PageRecord: Sendable {
    /// The record's file in the output folder.
    static let path = ".samverkan.sidor"
    /// The largest record read back: about 150 bytes a page, 50 000 pages and room to spare.
    static let readLimit = 64 << 20
    private static let header = "samverkan-sidor 1 "

    struct Entry: Sendable, Hashable {
        /// The digest of what the page is made from (`Page.inputsDigest`).
        var inputs: StableDigest
        /// The HTML's size in bytes and digest.
        var size: Int
        var html: StableDigest
        /// The search document's digest (`SearchDocument.digest`); `nil` when none was made.
        var search: StableDigest?
    }

    /// What every recorded page also depends on: the program, the templates and the site-wide inputs.
    var key: StableDigest
    /// By the page's path under the output folder.
    var entries: [String: Entry]

    init(key: StableDigest, entries: [String: Entry] = [:]) {
        self.key = key
        self.entries = entries
    }

    /// The record in `bytes`, or `nil` when they are not a whole record.
    init?(bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self), text.hasPrefix(Self.header), text.hasSuffix("\n") else { return nil }
        var lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.popFirst(), let key = StableDigest(hex: first.dropFirst(Self.header.utf8.count)) else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(lines.count)
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
            guard fields.count == 5, let inputs = StableDigest(hex: fields[0]), let size = Int(fields[1]), size >= 0,
                  let html = StableDigest(hex: fields[2]), !fields[4].isEmpty else { return nil }
            let search: StableDigest?
            if fields[3] == "-" { search = nil } else if let digest = StableDigest(hex: fields[3]) { search = digest } else { return nil }
            entries[String(fields[4])] = Entry(inputs: inputs, size: size, html: html, search: search)
        }
        self.init(key: key, entries: entries)
    }

    /// The record as its file, the pages in path order.
    var file: OutputFile {
        var text = Self.header + key.description + "\n"
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            text += "\(entry.inputs) \(entry.size) \(entry.html) \(entry.search?.description ?? "-") \(path)\n"
        }
        return OutputFile(path: Self.path, text: text)
    }
}
