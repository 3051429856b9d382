import Foundation
import SamverkanLoading
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads PDF with poppler's `pdftotext -layout` and Word with `pandoc --to plain`, found in an
/// absolute folder of `PATH`, through `ChildProcess`: no shell, the bytes on standard input (an
/// unlinked temporary file, never a path the content names), at most `maximumOutputBytes` of text
/// and `timeout` seconds per file, after which the program is killed. pandoc's heap is bounded
/// with `+RTS -M`, as in the import.
public struct ProgramTextExtractor: AttachmentTextExtractor {
    public var timeout: Int
    public var maximumOutputBytes: Int
    public var maximumMemoryMegabytes: Int

    public init(timeout: Int = 60, maximumOutputBytes: Int = 32 << 20, maximumMemoryMegabytes: Int = 1024) {
        self.timeout = timeout
        self.maximumOutputBytes = maximumOutputBytes
        self.maximumMemoryMegabytes = maximumMemoryMegabytes
    }

    /// The program and its arguments: both read standard input and write the text to standard output.
    func invocation(for format: AttachmentFormat) -> (program: String, arguments: [String])? {
        switch format {
        case .text: nil
        case .pdf: ("pdftotext", ["-q", "-layout", "-enc", "UTF-8", "-", "-"])
        case .word: ("pandoc", ["+RTS", "-M\(maximumMemoryMegabytes)m", "-RTS", "--from", "docx", "--to", "plain", "--wrap=none"])
        }
    }

    public func text(of bytes: [UInt8], format: AttachmentFormat) -> Result<[UInt8], AttachmentReadFailure> {
        guard let (program, arguments) = invocation(for: format) else { return .success(bytes) }
        // GHC's own RTS settings from the environment must not loosen pandoc's limits.
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "GHCRTS" }
        guard let executable = ChildProcess.executable(named: program, environment: environment) else { return .failure(.programMissing) }
        guard let input = Self.unlinkedFile(holding: bytes) else { return .failure(.failed(status: -1)) }
        defer { close(input) }
        switch ChildProcess.run(executable, arguments, environment: environment, input: input,
                                outputLimit: maximumOutputBytes, timeout: .seconds(timeout)) {
        case .failure(.failed(.missing)), .failure(.failed(.notStarted)):
            return .failure(.programMissing)
        case .failure(.failed(.timedOut)):
            return .failure(.timedOut(seconds: timeout))
        case .failure(.outputTooLarge):
            return .failure(.outputTooLarge(limit: maximumOutputBytes))
        case let .success(outcome) where outcome.status != 0:
            return .failure(.failed(status: outcome.status))
        case let .success(outcome):
            return .success(outcome.output)
        }
    }

    /// A temporary file that holds `bytes`, already removed from its folder, open at its start; the
    /// caller closes it. Nil when none could be made.
    static func unlinkedFile(holding bytes: [UInt8]) -> Int32? {
        var template = Array((NSTemporaryDirectory() + "/samverkan-bilaga-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            let descriptor = mkstemp(base)
            if descriptor >= 0 {
                unlink(base)
                // Only the program it is meant for gets it (as its standard input, through dup2).
                _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            }
            return descriptor
        }
        guard descriptor >= 0 else { return nil }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(descriptor, base + written, bytes.count - written)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                close(descriptor)
                return nil
            }
            written += count
        }
        guard lseek(descriptor, 0, SEEK_SET) == 0 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }
}
