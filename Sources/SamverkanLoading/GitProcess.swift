import Foundation

/// One run of git (through `ChildProcess`): the executable found in `PATH`, no pager, no system
/// configuration, messages in English (`LC_ALL=C`), and a deadline, so a build can never hang on it.
struct GitProcess {
    typealias Outcome = ChildProcess.Outcome
    typealias Failure = ChildProcess.Failure

    var environment: [String: String]
    var timeout: Duration

    /// git's own settings from the environment are left out (`GIT_DIR` would point it elsewhere).
    var gitEnvironment: [String: String] {
        var clean = environment.filter { !$0.key.hasPrefix("GIT_") }
        clean["GIT_PAGER"] = "cat"
        clean["PAGER"] = "cat"
        clean["GIT_CONFIG_NOSYSTEM"] = "1"
        clean["GIT_TERMINAL_PROMPT"] = "0"
        clean["GIT_OPTIONAL_LOCKS"] = "0"
        clean["LC_ALL"] = "C"
        return clean
    }

    func run(_ arguments: [String], in folder: String) -> Result<Outcome, Failure> {
        guard let executable = ChildProcess.executable(named: "git", environment: environment) else { return .failure(.missing) }
        return ChildProcess.run(executable, ["-C", folder] + arguments, environment: gitEnvironment, timeout: timeout)
    }
}
