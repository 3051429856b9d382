import Testing
@testable import SamverkanModel
@testable import SamverkanSite
import SamverkanTestDoubles

/// One test per problem with approvals of minutes (`approves:`, `preliminary:`): the exact line a
/// communicator reads. The fixture's steering group meeting of 2024-10-20 is `preliminary`; here a
/// later steering group meeting (2024-10-28) approves it.
@Suite struct ApprovalDiagnosticTests {
    static let approving = "content/meetings/2024/2024-10-28-styrgrupp.md"

    static func approvingMeeting(approves: String) -> String {
        """
        ---
        body: styrgrupp
        date: 2024-10-28
        decisions:
          - item: 1
            kind: godkänner
            text: Föregående mötesanteckningar godkänns.
            approves: \(approves)
        ---
        ## 1. Föregående mötesanteckningar

        Godkända.

        """
    }

    static func files(approves: String) -> InMemoryFileSystem {
        var files = Fixture.fileSystem()
        files.write(approvingMeeting(approves: approves), to: approving)
        return files
    }

    /// `check` reports exactly `expected`; with an error, the build fails and writes nothing.
    func expectOnly(_ files: InMemoryFileSystem, _ expected: String, isError: Bool = true,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (checked, lines) = Fixture.check(files)
        #expect(lines == [expected], sourceLocation: sourceLocation)
        #expect(checked.exitStatus == (isError ? 1 : 0), sourceLocation: sourceLocation)
        let writer = InMemorySiteWriter()
        let built = SiteBuilder(fileSystem: files, writer: writer).build(BuildOptions(today: Fixture.today))
        #expect(built.exitStatus == (isError ? 1 : 0), sourceLocation: sourceLocation)
        #expect((writer.site(at: "site") == nil) == isError, sourceLocation: sourceLocation)
    }

    @Test func anApprovalOfAMeetingThatDoesNotExist() {
        expectOnly(Self.files(approves: "2024-10-19-styrgrupp"),
                   "content/meetings/2024/2024-10-28-styrgrupp.md:8:15: error: mötet '2024-10-19-styrgrupp' vars anteckningar godkänns finns inte; menade du '2024-10-20-styrgrupp'? — skriv mötesfilens namn utan .md (2024-10-20-styrgrupp), eller ta bort approves om mötet inte finns på webbplatsen")
    }

    @Test func anApprovalOfALaterMeeting() {
        expectOnly(Self.files(approves: "2025-01-30-sro"),
                   "content/meetings/2024/2024-10-28-styrgrupp.md:8:15: error: mötet 2024-10-28 kan inte godkänna anteckningarna från ett senare möte (2025-01-30) — approves ska peka på ett tidigare möte, oftast organets föregående")
    }

    @Test func aMeetingThatApprovesItsOwnMinutes() {
        expectOnly(Self.files(approves: "2024-10-28-styrgrupp"),
                   "content/meetings/2024/2024-10-28-styrgrupp.md:8:15: error: mötet 2024-10-28 kan inte godkänna sina egna anteckningar — approves ska peka på ett tidigare möte, oftast organets föregående")
    }

    @Test func preliminaryMinutesThatADecisionApproves() {
        expectOnly(Self.files(approves: "2024-10-20-styrgrupp"),
                   "content/meetings/2024/2024-10-20-styrgrupp.md:20:14: warning: mötesanteckningarna är markerade som preliminära men godkändes 2024-10-28 (2024-10-28-styrgrupp) — ta bort preliminary: true",
                   isError: false)
    }
}
