import SamverkanModel

/// Where a build reads and writes, the day that splits "upcoming" from "held", and how strict it is.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String
    /// The only date that enters the site: the same content and `today` give the same bytes.
    public var today: CalendarDate
    /// Warnings fail the build too, and nothing is written.
    public var strict: Bool

    public init(contentDirectory: String = "content", templatesDirectory: String = "templates",
                outputDirectory: String = "site", today: CalendarDate, strict: Bool = false) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.today = today
        self.strict = strict
    }
}
