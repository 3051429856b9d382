import ArgumentParser
import Foundation
import SamverkanImport
import SamverkanModel
import SamverkanSite

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Gör utkast till mötesanteckningar ur Word (.docx), PDF, skannade sidor (.png, .jpg, .tif) och webbsidor (.html). En befintlig fil skrivs aldrig över.",
        discussion: """
            Läser Word och webbsidor med pandoc, PDF med pdftotext och sidor utan text (skannade) med Tesseract, \
            och skriver content/meetings/ÅÅÅÅ/ÅÅÅÅ-MM-DD-<organ>.md: datum, tid och \
            plats ur raderna Datum:, Tid: och Plats:, deltagarlistorna (frånvaro markerad), punkterna som \
            ## 1. och ### a. (också ur en tabell Mötespunkt | Anteckning), varje rad Ställningstagande: eller \
            Beslut: som ställningstagande på sin punkt, och Vid anteckningarna som sekreterare. Dokumentet \
            kopieras till content/files/ÅÅÅÅ/ och nämns i utkastets original:. Det som inte \
            kan placeras står kvar i texten; det som är osäkert skrivs ut som varningar med radnummer i den \
            nya filen, för OCR-läst text också varje ord som lästes osäkert eller inte finns i ordlistan. \
            Flera dokument, en mapp eller --manifest importeras parallellt; det som redan är importerat hoppas \
            över. Granska utkasten och kör sedan samverkan check.
            """)

    @Argument(help: "Dokument eller mappar med dokument (.docx, .pdf, .html, .png, .jpg, .tif).")
    var documents: [String] = []

    @Option(name: .long, help: "Mappen med innehåll.")
    var content = "content"

    @Option(name: .long, help: "Organets id, som filnamnet i bodies/ utan .md, t.ex. sro (för dokumenten på kommandoraden).")
    var body: String?

    @Option(name: .long, help: "Mötesdagen, ÅÅÅÅ-MM-DD, om dokumentet inte säger den (eller säger fel).")
    var date: String?

    @Option(name: .long, help: "En CSV-fil med kolumnerna file,body,date: ett dokument per rad (date får vara tom).")
    var manifest: String?

    @Option(name: .long, help: "Skriv vad som hände med varje dokument som JSON till den här filen.")
    var report: String?

    func validate() throws {
        if documents.isEmpty && manifest == nil {
            throw ValidationError("ange ett dokument, en mapp eller --manifest FIL.csv")
        }
        if !documents.isEmpty && body == nil {
            throw ValidationError("ange organet med --body, t.ex. --body sro")
        }
    }

    func run() throws {
        let contentDirectory = CommandLinePaths.display(content)
        let single = documents.count == 1 && manifest == nil && report == nil && !ImportSources.isFolder(documents[0])
        if single, let body {
            let request = MinutesImporter.Request(document: documents[0], body: body, date: date)
            try NewReport.finish(MinutesImporter().importMinutes(request, contentDirectory: contentDirectory))
            return
        }
        var requests: [MinutesImporter.Request] = []
        var leftOut: [Diagnostic] = []
        for document in documents {
            let files = ImportSources.isFolder(document) ? ImportSources.documents(in: document) : [document]
            requests += files.map { MinutesImporter.Request(document: $0, body: body ?? "", date: date) }
            if ImportSources.isFolder(document) { leftOut += ImportSources.leftOut(in: document).map(ImportSources.leftOutWarning) }
        }
        var manifestProblems: [Diagnostic] = []
        if let manifest {
            let read = ImportManifest.read(manifest)
            requests += read.requests
            manifestProblems = read.problems
        }
        // The report's file is made before anything is imported: a run that cannot report is stopped
        // before it writes drafts, not after.
        if let report, !FileManager.default.createFile(atPath: report, contents: Data()) {
            throw Self.unwritableReport(report)
        }
        let importer = MinutesImporter()
        let (site, problems) = importer.site(contentDirectory: contentDirectory)
        guard let site else {
            FileHandle.standardError.write(Data(DiagnosticPrinter.report(problems).utf8))
            throw ExitCode(1)
        }
        let progress = TerminalProgress.ifTerminal()
        let imports = ImportBatch(importer: importer).run(requests, into: site) { done, total in
            progress?.show(TerminalProgress.bar("Importerar", done: done, total: total))
        }
        progress?.clear()
        let all = leftOut + imports.flatMap(\.diagnostics.items) + manifestProblems
        FileHandle.standardError.write(Data(DiagnosticPrinter.report(OptionNames.spelled(DiagnosticList(all))).utf8))
        let result = ImportReport(imports: imports, manifestProblems: manifestProblems)
        print(result.summary, terminator: "")
        if let report {
            guard FileManager.default.createFile(atPath: report, contents: Data(result.json)) else { throw Self.unwritableReport(report) }
        }
        if !result.succeeded { throw ExitCode(1) }
    }

    /// Says that the `--report` file cannot be written; exit status 1.
    private static func unwritableReport(_ path: String) -> ExitCode {
        FileHandle.standardError.write(Data("\(path): error: rapporten kan inte skrivas — kontrollera att mappen finns och att du får skriva i den\n".utf8))
        return ExitCode(1)
    }
}
