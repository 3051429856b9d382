import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SamverkanImport
import Testing

/// Issue 21, part 2: the document is the file at the path given, never what pandoc would make of
/// the path (`http://…` is an address to pandoc). The import opens the file itself, as a regular
/// file and never through a link, and gives pandoc the open file as its standard input.
@Suite struct ImportPathTests {
    /// `http://127.0.0.1:<port>/x.docx` names a Word document in the folders `http:` and
    /// `127.0.0.1:<port>`: that file is read ("Hej"), and nothing connects to the port, where a
    /// listening socket waits. In a process of its own, since it changes the current folder.
    @Test(.enabled(if: ImportFixture.pandocInstalled)) func aPathThatLooksLikeAnAddressIsReadAsAFile() async {
        // The child says what went wrong on its standard error and ends well either way, so that
        // what it said is seen here.
        let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
            FileHandle.standardError.write(Data(URLLookalike.importProblems().utf8))
        }
        #expect(String(decoding: result?.standardErrorContent ?? [], as: UTF8.self) == "")
    }

    @Test func aLinkIsNotFollowed() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let link = folder.path + "/link.docx"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: ImportFixture.document("2024-10-03-sro"))
        #expect(throws: ImportFailure.unreadable("filen är en symbolisk länk")) { try PandocConverter().pandocJSON(of: link) }
    }

    @Test func aFIFOOrAFolderIsNoDocument() {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.path + "/fifo.docx"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: ImportFailure.unreadable("filen finns inte eller är ingen vanlig fil")) { try PandocConverter().pandocJSON(of: fifo) }
        #expect(throws: ImportFailure.unreadable("filen finns inte eller är ingen vanlig fil")) { try PandocConverter().pandocJSON(of: folder.path) }
        #expect(throws: ImportFailure.unreadable("filen finns inte eller är ingen vanlig fil")) {
            try PandocConverter().pandocJSON(of: folder.path + "/saknas.docx")
        }
    }
}

/// The exit test's work, run in its own process.
enum URLLookalike {
    /// What went wrong, or "" when the local file was read and the network never touched.
    static func importProblems() -> String {
        for proxy in ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"] { unsetenv(proxy) }
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(listener, socketAddress, length) == 0 && listen(listener, 8) == 0 && getsockname(listener, socketAddress, &length) == 0
            }
        }
        guard listener >= 0, listening else { return "no listening socket on 127.0.0.1" }
        let port = UInt16(bigEndian: address.sin_port)

        let folder = TemporaryFolder()
        defer { folder.remove() }
        folder.write(TestZip.wordDocument.bytes, to: "http:/127.0.0.1:\(port)/x.docx")
        guard chdir(folder.path) == 0 else { return "chdir failed" }
        let path = "http://127.0.0.1:\(port)/x.docx"

        var problems: [String] = []
        do {
            let json = String(decoding: try PandocConverter(timeout: 10).pandocJSON(of: path), as: UTF8.self)
            if !json.contains(#"{"t":"Str","c":"Hej"}"#) { problems.append("pandoc read something else than the local file: \(json.prefix(200))") }
        } catch {
            problems.append("the import failed with \(error)")
        }
        _ = fcntl(listener, F_SETFL, O_NONBLOCK)
        let connection = accept(listener, nil, nil)
        if connection >= 0 { problems.append("something connected to 127.0.0.1:\(port)") }
        return problems.joined(separator: "\n")
    }
}
