import Foundation
import SamverkanModel

/// The history of the content folder from git: one `git log` over the whole folder, newest commit
/// first, each commit's paths relative to the content folder.
///
/// Only the first-parent line of the checked-out branch counts, with a merge showing what it
/// brought in: a page that came in with a merge was published when the merge reached the branch.
/// Renames are not followed (`--no-renames`): a renamed file's history starts at the rename.
///
/// No git, or a folder outside any repository, gives an empty history and says nothing; a shallow
/// clone (which knows only its last commits, so every page would look new) and any other failure of
/// git give an empty history and one warning.
public struct GitSourceHistoryReader: SourceHistoryReader {
    public var environment: [String: String]
    /// How long git may take, each time it runs.
    public var timeout: Duration

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, timeout: Duration = .seconds(60)) {
        self.environment = environment
        self.timeout = timeout
    }

    public func history(ofContentAt contentDirectory: String) -> (SourceHistory, [Diagnostic]) {
        let git = GitProcess(environment: environment, timeout: timeout)
        let location = SourceLocation(path: contentDirectory)
        switch git.run(["rev-parse", "--is-shallow-repository"], in: contentDirectory) {
        case let .failure(failure):
            return (SourceHistory(), problem(failure, at: location))
        case let .success(outcome) where outcome.status != 0:
            return (SourceHistory(), complaint(outcome, at: location))
        case let .success(outcome) where String(decoding: outcome.output, as: UTF8.self).hasPrefix("true"):
            return (SourceHistory(), [.warning(location, "historiken visas inte: innehållet är en grund klon (shallow clone), så git vet inte när sidorna publicerades",
                                               hint: "hämta hela historiken, t.ex. `fetch-depth: 0` i GitHub Actions eller `GIT_DEPTH: 0` i GitLab CI")])
        case .success:
            break
        }
        // Every choice spelled out, so no setting of the repository's or the user's changes it.
        let log = ["log", "--format=%x01%ct", "--name-only", "-z", "--no-renames", "--relative",
                   "--first-parent", "--diff-merges=first-parent", "--no-color", "--no-show-signature",
                   "--no-ext-diff", "--no-textconv", "--no-mailmap", "--no-decorate", "--", "."]
        switch git.run(log, in: contentDirectory) {
        case let .failure(failure):
            return (SourceHistory(), problem(failure, at: location))
        case let .success(outcome) where outcome.status != 0:
            return (SourceHistory(), complaint(outcome, at: location))
        case let .success(outcome):
            return (GitLogParser.history(outcome.output), [])
        }
    }

    private func problem(_ failure: GitProcess.Failure, at location: SourceLocation) -> [Diagnostic] {
        switch failure {
        case .missing:
            return []
        case let .notStarted(reason):
            return [.warning(location, "historiken visas inte: git kunde inte startas (\(Self.firstLine(Array(reason.utf8))))",
                             hint: Self.withoutHistory)]
        case .timedOut:
            return [.warning(location, "historiken visas inte: git svarade inte inom \(timeout.components.seconds) s",
                             hint: Self.withoutHistory)]
        }
    }

    /// git ended with an error: silence when the folder is simply not in a repository (or the
    /// repository has no commit yet), otherwise a warning with what git said.
    private func complaint(_ outcome: GitProcess.Outcome, at location: SourceLocation) -> [Diagnostic] {
        let said = Self.firstLine(outcome.errorOutput)
        if said.contains("not a git repository") || said.contains("does not have any commits yet") { return [] }
        return [.warning(location, "historiken visas inte: git svarade \"\(said.isEmpty ? "kod \(outcome.status)" : said)\"",
                         hint: Self.withoutHistory)]
    }

    static let withoutHistory = "sidorna byggs utan datum för publicering och ändring; kör git log i innehållsmappen för att se hela felet"

    /// The first non-empty line of what git wrote, without control characters, at most 300 characters.
    static func firstLine(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let clean = ControlCharacters.removing(from: line.replacingOccurrences(of: "\t", with: " "))
        return String(clean.trimmingCharacters(in: .whitespaces).prefix(300))
    }
}
