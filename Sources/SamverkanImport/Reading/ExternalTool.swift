import Foundation
import SamverkanLoading
import SamverkanModel

/// A program of Debian's that the import runs on a document (pdfinfo, pdftotext, pdftoppm,
/// tesseract, hunspell), as `PandocConverter` runs pandoc: found in an absolute folder of `PATH`,
/// no shell, standard input from /dev/null or a file the import opened (nil: /dev/null), each output bounded and a
/// deadline after which it is killed. Missing, it names the package to install.
struct ExternalTool: Sendable {
    var name: String
    /// The Debian package that has it: `poppler-utils`, `tesseract-ocr`.
    var package: String

    static let pdfinfo = ExternalTool(name: "pdfinfo", package: "poppler-utils")
    static let pdftotext = ExternalTool(name: "pdftotext", package: "poppler-utils")
    static let pdftoppm = ExternalTool(name: "pdftoppm", package: "poppler-utils")
    static let tesseract = ExternalTool(name: "tesseract", package: "tesseract-ocr tesseract-ocr-swe")
    static let hunspell = ExternalTool(name: "hunspell", package: "hunspell hunspell-sv")

    func run(_ arguments: [String], environment extra: [String: String] = [:], input: Int32? = nil,
             outputLimit: Int, timeout: Int) throws(ImportFailure) -> ChildProcess.Outcome {
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in extra { environment[key] = value }
        guard let executable = ChildProcess.executable(named: name, environment: environment) else {
            throw .toolMissing(program: name, package: package)
        }
        let result = ChildProcess.run(executable, arguments, environment: environment, input: input,
                                      outputLimit: outputLimit, timeout: .seconds(timeout))
        switch result {
        case .failure(.failed(.missing)), .failure(.failed(.notStarted)):
            throw .toolMissing(program: name, package: package)
        case .failure(.failed(.timedOut)):
            throw .toolTimedOut(program: name, seconds: timeout)
        case .failure(.outputTooLarge):
            throw .toolOutputTooLarge(program: name, limit: outputLimit)
        case let .success(outcome):
            return outcome
        }
    }

    /// The first line the program wrote on standard error, without control characters: for a message.
    static func said(_ outcome: ChildProcess.Outcome) -> String {
        let text = String(decoding: outcome.errorOutput.prefix(4096), as: UTF8.self)
        let line = text.split(separator: "\n").first { !$0.trimmingSpaces().isEmpty }.map(String.init) ?? ""
        return String(ControlCharacters.removing(from: line).prefix(200))
    }
}
