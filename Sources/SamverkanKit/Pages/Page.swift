/// A page to write: where it goes, which template renders it and the data the template gets.
public struct Page: Sendable {
    public var url: String
    public var template: String
    public var context: any Sendable & Hashable

    /// The file under the output folder: `organ/sro/index.html`.
    public var outputPath: String { SiteURL.outputPath(of: url) }
}
