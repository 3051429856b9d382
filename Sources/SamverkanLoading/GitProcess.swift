import Foundation

/// One run of git (through `ChildProcess`): the executable found in `PATH`, messages in English
/// (`LC_ALL=C`), and a deadline, so a build can never hang on it.
///
/// A content folder may come with a `.git` from anywhere (an archive, a colleague's copy), and a
/// user's own git settings are theirs: neither may make git run a program or change what it
/// answers. So git reads no system configuration, and every setting that names a program
/// (signature checks, pager, external diff, fsmonitor, hooks, transports) or shapes the log we read
/// is set on the command line, which outranks the repository's and the user's files.
struct GitProcess {
    typealias Outcome = ChildProcess.Outcome
    typealias Failure = ChildProcess.Failure

    var environment: [String: String]
    var timeout: Duration

    /// git's own settings from the environment are left out (`GIT_DIR` would point it elsewhere,
    /// `GIT_CONFIG_COUNT` would add settings).
    var gitEnvironment: [String: String] {
        var clean = environment.filter { !$0.key.hasPrefix("GIT_") }
        clean["GIT_PAGER"] = "cat"
        clean["PAGER"] = "cat"
        clean["GIT_CONFIG_NOSYSTEM"] = "1"
        clean["GIT_TERMINAL_PROMPT"] = "0"
        clean["GIT_OPTIONAL_LOCKS"] = "0"
        clean["GIT_NO_LAZY_FETCH"] = "1"
        clean["GIT_NO_REPLACE_OBJECTS"] = "1"
        clean["LC_ALL"] = "C"
        return clean
    }

    /// `-c` settings that outrank every configuration file. `true` and `false` are git's own
    /// spellings; a program setting of `false` names the command that does nothing and fails.
    static let fixedSettings: [String] = [
        // Signatures: never checked, and no program to check them with.
        "log.showSignature=false", "gpg.program=false", "gpg.openpgp.program=false",
        "gpg.x509.program=false", "gpg.ssh.program=false", "gpg.ssh.allowedSignersFile=/dev/null",
        // Programs that git may start on its own.
        "core.pager=cat", "pager.log=false", "core.fsmonitor=false", "core.hooksPath=/dev/null",
        "core.sshCommand=false", "core.askPass=false", "credential.helper=", "protocol.allow=never",
        "diff.external=", "core.untrackedCache=false", "gc.auto=0", "maintenance.auto=false",
        // The log we read: what a merge shows, no rename or copy detection, no following, no colour.
        "log.diffMerges=first-parent", "log.follow=false", "log.mailmap=false", "log.decorate=false",
        "diff.renames=false", "diff.relative=false", "color.ui=false", "core.quotePath=true",
        "i18n.logOutputEncoding=UTF-8", "core.precomposeUnicode=false",
    ].flatMap { ["-c", $0] }

    func run(_ arguments: [String], in folder: String) -> Result<Outcome, Failure> {
        guard let executable = ChildProcess.executable(named: "git", environment: environment) else { return .failure(.missing) }
        return ChildProcess.run(executable, ["--no-pager"] + Self.fixedSettings + ["-C", folder] + arguments,
                                environment: gitEnvironment, timeout: timeout)
    }
}
